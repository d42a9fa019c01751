using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF022: RETAIN or PERSISTENT added to anything in a safety cone. A retained latch, acknowledgement or run memory keeps
/// its value over a warm restart (power return, download), so the machine can come back released without a reset.
/// </summary>
public sealed class RetainedStateRule : ISafetyRule
{
    public string Id => "SAF022";

    public string Title => "safety state made RETAIN/PERSISTENT";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var before = comparison.Before.Model.AllVariables().GroupBy(v => v.QualifiedName).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var variable in comparison.After.Model.AllVariables().Where(v => v.IsRetain && !v.IsConstant))
        {
            var path = variable.QualifiedName;
            var wasRetained = before.TryGetValue(comparison.FormulaRename(path), out var old) && old.IsRetain;
            if (wasRetained || !(comparison.IsSafety(path) || comparison.InCone(path)))
            {
                continue;
            }

            yield return new SafetyFinding(Id, FindingSeverity.Error, variable.Location,
                $"{variable.DisplayName} is now RETAIN/PERSISTENT and a safety output depends on it",
                $"{variable.DisplayName} lies in the dependency cone of a safety output. A retained value survives a warm restart: after a power "
                + "return or a download the latch, acknowledgement or run memory it holds is still set, so the machine can come back released "
                + "without a reset (EN ISO 13849-1 5.2.2: restart only by a deliberate reset). Keep safety state non-retentive.");
        }
    }
}
