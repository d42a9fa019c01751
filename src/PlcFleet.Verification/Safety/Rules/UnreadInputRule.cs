using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>SAF016: a safety input that the old code read is no longer read (or no longer declared).</summary>
public sealed class UnreadInputRule : ISafetyRule
{
    public string Id => "SAF016";

    public string Title => "safety input no longer read";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var oldReads = comparison.Before.DefUse.Reads.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        var newReads = comparison.After.DefUse.Reads.Select(r => comparison.FormulaRename(r.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var input in comparison.Before.Model.AllVariables().Where(v => v.IsInputAddress && comparison.Before.Set.IsSafety(v.QualifiedName)))
        {
            if (!oldReads.Contains(input.QualifiedName) || newReads.Contains(input.QualifiedName))
            {
                continue;
            }

            var afterName = comparison.BeforeToAfter.GetValueOrDefault(input.QualifiedName, input.QualifiedName);
            var now = comparison.After.Model.AllVariables().FirstOrDefault(v => v.QualifiedName == afterName);
            yield return new SafetyFinding(Id, FindingSeverity.Error, now?.Location ?? input.Location,
                $"safety input {input.DisplayName} ({input.Address}) is no longer read{(now is null ? " (its declaration was removed)" : string.Empty)}",
                $"{input.DisplayName} is a safety input that the old code evaluated. Nothing reads it now, so the device behind it (an e-stop, "
                + "a guard contact, a light curtain) no longer stops anything. If the device was really removed from the machine, that is a change "
                + "to the risk assessment, not to the code.");
        }
    }
}
