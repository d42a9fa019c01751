using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF004: a safety input, permissive or interlock newly overwritten by a constant or by logic that reads no
/// safety signal, outside any condition on safety signals (the shape of a forced or bypassed signal). The shape alone is not
/// enough: when every safety output the signal reaches is proven not weaker (<c>IF a AND b THEN q := TRUE; ELSE q := FALSE;</c>
/// for <c>q := a AND b;</c>), the constant is a rewrite, not a force.
/// </summary>
public sealed class ForcedSignalRule : ISafetyRule
{
    public string Id => "SAF004";

    public string Title => "safety signal forced or overwritten by non-safety logic";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var old = comparison.Before.DefUse.Writes.Where(w => w.Value is not null)
            .Select(w => w.Target + "|" + RuleKit.Norm(w.Value!)).ToHashSet(StringComparer.Ordinal);
        foreach (var write in comparison.After.DefUse.Writes)
        {
            // Root variables only: FB parameters (presets, enables) are judged by the signature and preset rules.
            if (write.Value is null || !comparison.IsSafety(write.Target) || write.Target.Split('.').Length > 2)
            {
                continue;
            }

            var scope = RuleKit.Scope(comparison.After, write.Pou);
            var constant = RuleKit.IsConstantValue(write.Value, scope);
            // Non-constant values are judged by the signature; here only values fed purely from HMI/fieldbus tags count.
            var paths = Analysis.DefUse.PathsRead(write.Value, scope).ToList();
            var readsSafety = paths.Count == 0 || !paths.All(comparison.After.Set.IsUntrusted);
            var guardedBySafety = write.Guards.Any(g => RuleKit.ReadsSafety(comparison, g, scope));
            if ((!constant && readsSafety) || guardedBySafety || old.Contains(comparison.FormulaRename(write.Target) + "|" + RuleKit.Norm(write.Value))
                || comparison.IsProvenHarmless(write.Target))
            {
                continue;
            }

            var name = comparison.After.Display(write.Target);
            yield return new SafetyFinding(Id, FindingSeverity.Error, write.Location,
                constant ? $"safety signal {name} is forced to {write.Value.ToString().Trim()}" : $"safety signal {name} is overwritten by logic that reads no safety signal",
                $"{name} is safety-related. The new code writes it {(constant ? "with a constant" : "from non-safety logic")} and no safety condition guards "
                + "the write, which is how a forced or bypassed input looks: the signal no longer reflects the field device. Safety signals may only be "
                + "derived from other safety signals.");
        }
    }
}
