using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF020: passing means proven. A write the analysis cannot resolve exactly (a loop it cannot unroll, a pointer it cannot
/// follow, a jump, an array of unknown size) is over-approximated with unknown values; when a new one reaches a safety output
/// or anything the output depends on, directly or through state kept to the next scan, the change is escalated with the reason.
/// </summary>
public sealed class UnresolvedWriteRule : ISafetyRule
{
    public const string RuleId = "SAF020";

    public string Id => RuleId;

    public string Title => "unproven: a write the analysis cannot resolve reaches a safety cone";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var known = comparison.BeforeCone.Unresolved.Select(u => u.Root).ToHashSet(StringComparer.Ordinal);
        foreach (var (root, output) in comparison.AfterCone.Unresolved)
        {
            if (!known.Contains(root) && comparison.After.Scan.Unresolved(root) is { } write)
            {
                yield return Escalation(write, comparison.After.Display(output));
            }
        }
    }

    /// <summary>The escalation for one unresolved write reaching one safety output (the signature rule gives the same one).</summary>
    public static SafetyFinding Escalation(UnresolvedWrite write, string output) =>
        new(RuleId, FindingSeverity.Error, write.Location, $"cannot prove that safety output {output} stays safe: {write.Reason}",
            $"The analysis cannot resolve this write exactly, so it assumes the write may change anything it can reach; {output} depends on "
            + "what it may change (in this scan or through a value kept to the next scan). Passing means proven, so the change is escalated to "
            + "a safety engineer, who must check by hand what this code really writes before approval. Rewriting it with constant loop bounds, "
            + "direct variable access or without the jump lets the verifier decide.", Escalate: true);
}
