using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF011: a diagnostic or redundancy check removed: a comparison or XOR of two safety channels (discrepancy check),
/// or a monitoring block instance (discrepancy, feedback, watchdog) that no longer runs.
/// </summary>
public sealed class RedundancyCheckRule : ISafetyRule
{
    private static readonly string[] MonitorWords = ["discrep", "feedback", "watchdog", "monitor", "equival", "antival"];

    public string Id => "SAF011";

    public string Title => "redundancy or diagnostic check removed";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var before = Checks(comparison.Before, comparison.Before.Set.IsSafety).GroupBy(c => c.Pou.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.ToList());
        var after = Checks(comparison.After, comparison.IsSafety).GroupBy(c => c.Pou.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (pou, checks) in before)
        {
            var now = after.GetValueOrDefault(pou)?.Count ?? 0;
            if (now >= checks.Count)
            {
                continue;
            }

            var lost = checks[^1];
            var location = comparison.After.Model.FindPou(lost.Pou)?.Location ?? lost.Location;
            yield return new SafetyFinding(Id, FindingSeverity.Error, location,
                $"{checks.Count - now} redundancy/diagnostic check(s) removed from {lost.Pou} (e.g. '{lost.Text}' at {lost.Location.File}:{lost.Location.Line})",
                $"{lost.Pou} compared two redundant safety channels or ran a monitoring block ({lost.Text}); the new code has fewer such checks. "
                + "Without the discrepancy or feedback check a single fault - a welded contact, a bridged channel, a broken wire - stays undetected "
                + "and the next fault loses the safety function (category 3/4 architectures depend on it).");
        }
    }

    private static IEnumerable<(string Pou, string Text, SourceRef Location)> Checks(SiteAnalysis site, Func<string, bool> isSafety)
    {
        foreach (var pou in site.Model.Pous)
        {
            var scope = RuleKit.Scope(site, pou);
            foreach (var node in pou.Statements.SelectMany(s => s.DescendantNodesAndSelf()))
            {
                if (node is BinaryExpressionSyntax b && b.OperatorToken.Kind is SyntaxKind.XorKeyword or SyntaxKind.LessGreaterToken or SyntaxKind.EqualsToken
                    && scope.PathOf(b.Left) is { } l && scope.PathOf(b.Right) is { } r && isSafety(l) && isSafety(r))
                {
                    yield return (pou.Name, b.ToString().Trim(), SourceRef.Of(pou.File, b));
                }
                else if (node is InvocationExpressionSyntax call && scope.PathOf(call.Expression) is { } instance
                         && RuleKit.NameLike(instance.Split('.')[^1] + " " + (scope.TypeOf(call.Expression) ?? string.Empty), MonitorWords))
                {
                    yield return (pou.Name, call.Expression.ToString().Trim() + "(...)", SourceRef.Of(pou.File, call));
                }
            }
        }
    }
}
