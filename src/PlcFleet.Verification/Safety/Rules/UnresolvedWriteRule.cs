using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;
using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF020: passing means proven. A write the analysis cannot resolve exactly (a loop it cannot unroll, a pointer it cannot
/// follow, a jump, an array of unknown size) is over-approximated with unknown values; when a new one reaches a safety output
/// or anything the output depends on, directly or through state kept to the next scan, the change is escalated with the reason.
/// </summary>
public sealed class UnresolvedWriteRule : ISafetyRule
{
    public const string RuleId = "SAF020";

    private const int MaxConeSize = 20_000;

    public string Id => RuleId;

    public string Title => "unproven: a write the analysis cannot resolve reaches a safety cone";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var known = Cone(comparison.Before, comparison.Before.Set.Outputs.Keys).Unresolved;
        var outputs = comparison.Before.Set.Outputs.Keys.Select(o => comparison.BeforeToAfter.GetValueOrDefault(o, o));
        foreach (var (root, output) in Cone(comparison.After, outputs).Reaching)
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

    /// <summary>The root of an unknown leaf (<c>?loop#…/path</c> → <c>?loop#…</c>).</summary>
    public static string Root(string leaf)
    {
        var slash = leaf.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? leaf[..slash] : leaf;
    }

    /// <summary>Everything the outputs depend on across scans, and the unknowns among it (with the first output each reaches).</summary>
    private static (HashSet<string> Unresolved, List<(string Root, string Output)> Reaching) Cone(SiteAnalysis site, IEnumerable<string> outputs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unresolved = new HashSet<string>(StringComparer.Ordinal);
        var reaching = new List<(string, string)>();
        foreach (var output in outputs.Order(StringComparer.Ordinal))
        {
            var queue = new Queue<string>([output]);
            while (queue.Count > 0 && seen.Count < MaxConeSize)
            {
                var path = queue.Dequeue();
                if (!seen.Add(path + "\n" + output) )
                {
                    continue;
                }

                foreach (var leaf in FormulaLeaves.Of(site.Scan.ValueOf(path, true)))
                {
                    if (UnresolvedWrite.IsUnresolved(leaf))
                    {
                        if (unresolved.Add(Root(leaf)))
                        {
                            reaching.Add((Root(leaf), output));
                        }
                    }
                    else if (leaf != path && site.Scan.Writes(leaf) && !seen.Contains(leaf + "\n" + output))
                    {
                        queue.Enqueue(leaf);
                    }
                }
            }
        }

        return (unresolved, reaching);
    }
}
