using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF023: a safety variable (or anything in a safety cone) newly exposed for writes from outside the PLC: a symbol
/// attribute with write access, OPC UA publication without read-only access, Siemens HMI/OPC write access. A value
/// written by a panel or a network client bypasses every condition the code puts on it.
/// </summary>
public sealed class ExposureRule : ISafetyRule
{
    public string Id => "SAF023";

    public string Title => "safety variable exposed for external writes";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var before = comparison.Before.Model.AllVariables().GroupBy(v => v.QualifiedName).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var variable in comparison.After.Model.AllVariables())
        {
            var pou = comparison.After.Model.FindPou(variable.Owner);
            var exposure = WritableExposure(variable.Pragmas) ?? (pou is null ? null : WritableExposure(pou.Pragmas));
            if (exposure is null)
            {
                continue;
            }

            var path = variable.QualifiedName;
            if (before.TryGetValue(comparison.FormulaRename(path), out var old)
                && (WritableExposure(old.Pragmas) ?? (comparison.Before.Model.FindPou(old.Owner) is { } oldPou ? WritableExposure(oldPou.Pragmas) : null)) is not null)
            {
                continue;
            }

            if (!(comparison.IsSafety(path) || comparison.InCone(path)))
            {
                continue;
            }

            yield return new SafetyFinding(Id, FindingSeverity.Error, variable.Location,
                $"{variable.DisplayName} is now writable from outside the PLC ({exposure}) and a safety output depends on it",
                $"{variable.DisplayName} lies in the dependency cone of a safety output. Exposing it for writes lets an HMI, SCADA or any client "
                + "on the network set it directly, bypassing the conditions the code puts on it. Expose it read-only, or not at all.");
        }
    }

    /// <summary>Why the pragmas make a variable writable from outside, or null when they do not.</summary>
    public static string? WritableExposure(IReadOnlyList<SyntaxPragma> pragmas)
    {
        foreach (var pragma in pragmas.Where(p => p.IsAttribute && p.Name is not null))
        {
            if (pragma.Name!.Equals("symbol", StringComparison.OrdinalIgnoreCase) && pragma.Value?.ToUpperInvariant() is "READWRITE" or "WRITE")
            {
                return $"{{attribute 'symbol' := '{pragma.Value}'}}";
            }
        }

        var published = pragmas.FirstOrDefault(p => p.IsAttribute && string.Equals(p.Name, "OPC.UA.DA", StringComparison.OrdinalIgnoreCase) && p.Value != "0");
        var access = pragmas.FirstOrDefault(p => p.IsAttribute && string.Equals(p.Name, "OPC.UA.DA.Access", StringComparison.OrdinalIgnoreCase))?.Value;
        if (published is not null && access != "1")
        {
            return $"published over OPC UA{(access is null ? " without read-only access" : $" with access '{access}'")}";
        }

        return pragmas.FirstOrDefault(p => p.Content.Contains("S7_m_c", StringComparison.OrdinalIgnoreCase) && p.Content.Contains("true", StringComparison.OrdinalIgnoreCase)
                                           || p.Content.Contains("ExternalWritable", StringComparison.OrdinalIgnoreCase)) is { } siemens
            ? $"Siemens external write access ({siemens.Content})"
            : null;
    }
}
