using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;
using PlcFleet.Verification.Safety.Configuration;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF012: automatic restart introduced: a reset that no longer needs an operator's edge (R_TRIG/F_TRIG on the reset
/// removed), or a new RETAIN/PERSISTENT on an enable or run latch (the machine would restart after a power cycle).
/// </summary>
public sealed class RestartRule : ISafetyRule
{
    private static readonly string[] ResetWords = ["reset", "ack", "quit", "restart"];
    private static readonly string[] LatchWords = ["enable", "run", "latch", "release", "start", "reset", "interlock", "permit", "ok"];

    public string Id => "SAF012";

    public string Title => "automatic restart introduced";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var before = Edges(comparison.Before, comparison.Roles).GroupBy(e => e.Pou.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.ToList());
        var after = Edges(comparison.After, comparison.Roles).GroupBy(e => e.Pou.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (pou, edges) in before)
        {
            if (after.GetValueOrDefault(pou) < edges.Count)
            {
                var lost = edges[^1];
                yield return new SafetyFinding(Id, FindingSeverity.Error, comparison.After.Model.FindPou(lost.Pou)?.Location ?? lost.Location,
                    $"the edge detection on the reset ({lost.Text}) was removed from {lost.Pou}",
                    $"{lost.Pou} acknowledged a trip only on a rising edge of the reset button ({lost.Text}). Without the edge a reset button that "
                    + "is held, stuck or bridged restarts the machine as soon as the safety chain closes: an automatic restart, which EN ISO 13849-1 "
                    + "(5.2.2) and EN 60204-1 forbid. The operator must give a deliberate reset after every trip.");
            }
        }

        var oldRetain = comparison.Before.Model.AllVariables().Where(v => v.IsRetain).Select(v => v.QualifiedName).ToHashSet(StringComparer.Ordinal);
        foreach (var v in comparison.After.Model.AllVariables().Where(v => v.IsRetain && v.IsBool))
        {
            if (oldRetain.Contains(comparison.FormulaRename(v.QualifiedName)) || !(comparison.IsSafety(v.QualifiedName) || RuleKit.NameLike(v.Name, LatchWords)))
            {
                continue;
            }

            yield return new SafetyFinding(Id, FindingSeverity.Error, v.Location, $"{v.DisplayName} is now RETAIN/PERSISTENT",
                $"{v.DisplayName} is an enable, run or safety latch. Retained, it keeps its value over a power cycle, so the machine can start "
                + "moving when power returns without any operator action: an automatic restart.");
        }
    }

    private static IEnumerable<(string Pou, string Text, SourceRef Location)> Edges(SiteAnalysis site, SignalRoles roles)
    {
        foreach (var pou in site.Model.Pous)
        {
            var scope = RuleKit.Scope(site, pou);
            foreach (var (call, _, type) in RuleKit.BlockCalls(site, pou))
            {
                if (type.ToUpperInvariant() is "R_TRIG" or "F_TRIG"
                    && call.ArgumentList.Arguments.Any(a => a.Value is not null && DefUse.PathsRead(a.Value, scope).Any(p => IsReset(p, roles))))
                {
                    yield return (pou.Name, call.ToString().Trim(), SourceRef.Of(pou.File, call));
                }
            }

            foreach (var edge in HandWrittenEdges(pou, scope, roles))
            {
                yield return (pou.Name, edge.ToString().Trim(), SourceRef.Of(pou.File, edge));
            }
        }
    }

    /// <summary>
    /// <c>x AND NOT x_prev</c> on a reset signal, where <c>x_prev := x;</c> is the memory's only write and runs on every
    /// scan: the hand-written rising edge, as good as an R_TRIG. A memory that is never or only sometimes updated is no edge.
    /// </summary>
    private static IEnumerable<BinaryExpressionSyntax> HandWrittenEdges(PouSymbol pou, NameScope scope, SignalRoles roles)
    {
        var writes = RuleKit.Nodes<AssignmentStatementSyntax>(pou).GroupBy(a => scope.PathOf(a.Left) ?? string.Empty).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var memories = pou.Statements.OfType<AssignmentStatementSyntax>()
            .Where(a => a.OperatorToken.Kind == SyntaxKind.ColonEqualsToken && scope.PathOf(a.Left) is { } m && writes.GetValueOrDefault(m) == 1 && scope.PathOf(a.Right) is not null)
            .Select(a => (Memory: scope.PathOf(a.Left)!, Source: scope.PathOf(a.Right)!))
            .ToHashSet();
        foreach (var and in RuleKit.Nodes<BinaryExpressionSyntax>(pou).Where(b => b.OperatorToken.Kind == SyntaxKind.AndKeyword))
        {
            foreach (var (current, negated) in new[] { (and.Left, and.Right), (and.Right, and.Left) })
            {
                if (Unparenthesise(negated) is UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.NotKeyword } not
                    && scope.PathOf(Unparenthesise(current)) is { } source && scope.PathOf(Unparenthesise(not.Operand)) is { } memory
                    && memories.Contains((memory, source)) && IsReset(source, roles))
                {
                    yield return and;
                    break;
                }
            }
        }
    }

    /// <summary>A reset or acknowledge button by its name, or declared in the site's <c>safety.resets</c>.</summary>
    private static bool IsReset(string path, SignalRoles roles) =>
        RuleKit.NameLike(path.Split('.')[^1], ResetWords) || roles.IsReset(path.Split('.')[^1]);

    private static ExpressionSyntax Unparenthesise(ExpressionSyntax expression) =>
        expression is ParenthesizedExpressionSyntax p ? Unparenthesise(p.Expression) : expression;
}
