using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;
using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF013: data from outside the safety set (HMI, Modbus, OPC UA tags) newly reaches a safety output without a validity
/// check. A value that is only used clamped (<c>LIMIT</c>, <c>MIN</c>, <c>MAX</c>) or behind a comparison guard on the
/// value itself (<c>IF x &gt;= lo AND x &lt;= hi THEN y := x; ELSE y := default;</c>) has been checked before use.
/// </summary>
public sealed class UntrustedSourceRule : ISafetyRule
{
    private static readonly string[] Clamps = ["LIMIT", "MIN", "MAX"];

    public string Id => "SAF013";

    public string Title => "untrusted data reaches a safety output";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        foreach (var (output, recognised) in comparison.Before.Set.Outputs)
        {
            var afterPath = comparison.BeforeToAfter.GetValueOrDefault(output, output);
            var oldLeaves = FormulaLeaves.Of(comparison.Before.Scan.ValueOf(output, true));
            var newLeaves = FormulaLeaves.Of(comparison.After.Scan.ValueOf(afterPath, true));
            foreach (var leaf in newLeaves.Where(l => comparison.After.Set.IsUntrusted(l) && !oldLeaves.Contains(comparison.FormulaRename(l))).Order(StringComparer.Ordinal))
            {
                var reads = comparison.After.DefUse.Reads.Where(r => r.Path == leaf || r.Path.StartsWith(leaf + "[", StringComparison.Ordinal)).ToList();
                if (reads.Count > 0 && reads.All(r => IsValidated(comparison.After, r, leaf)))
                {
                    continue;
                }

                var location = reads.FirstOrDefault(r => !IsValidated(comparison.After, r, leaf))?.Location
                    ?? comparison.After.DefUse.Writes.LastOrDefault(w => w.Target == afterPath)?.Location ?? recognised.Location;
                yield return new SafetyFinding(Id, FindingSeverity.Error, location,
                    $"{comparison.After.Display(leaf)} (HMI/fieldbus-writable) now reaches safety output {recognised.Display} without a validity check",
                    $"{comparison.After.Display(leaf)} can be written from outside the safety set - an HMI panel, a Modbus or OPC UA client - and now "
                    + $"takes part in deciding whether {recognised.Display} is energised. A network write, a stale value or a panel fault could "
                    + "then switch the output on. Values from outside may only make a safety output stricter, after a validity check: clamp the "
                    + "value with LIMIT, or range-check it and fall back to a safe default before it is used.");
            }
        }
    }

    /// <summary>Is this read the check itself, a clamp, or a use guarded by a comparison on the same value?</summary>
    private static bool IsValidated(SiteAnalysis site, ReadSite read, string leaf)
    {
        var scope = RuleKit.Scope(site, read.Pou);
        bool Compares(ExpressionSyntax condition) => condition.DescendantNodesAndSelf().OfType<BinaryExpressionSyntax>()
            .Any(b => IsComparison(b.OperatorToken.Kind) && (ReadsLeaf(b.Left, scope, leaf) || ReadsLeaf(b.Right, scope, leaf)));

        foreach (var ancestor in read.Node.Ancestors())
        {
            switch (ancestor)
            {
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax name } when Clamps.Contains(name.Identifier.Text, StringComparer.OrdinalIgnoreCase):
                    return true;
                case IfStatementSyntax @if when IsIn(read.Node, @if.Condition) || @if.ElseIfClauses.Any(e => IsIn(read.Node, e.Condition)):
                    // The range check itself: its THEN branch takes the checked value over.
                    return Compares(@if.Condition) && @if.Statements.OfType<AssignmentStatementSyntax>().Any(a => ReadsLeaf(a.Right, scope, leaf));
                case IfStatementSyntax @if when @if.Statements.Any(s => IsIn(read.Node, s)):
                    return Compares(@if.Condition);
                case IfStatementSyntax @if when @if.ElseIfClauses.FirstOrDefault(e => e.Statements.Any(s => IsIn(read.Node, s))) is { } elsif:
                    return Compares(elsif.Condition);
            }
        }

        return false;
    }

    private static bool IsIn(SyntaxNode node, SyntaxNode container) => node == container || node.Ancestors().Contains(container);

    private static bool ReadsLeaf(ExpressionSyntax expression, NameScope scope, string leaf) =>
        DefUse.PathsRead(expression, scope).Any(p => p == leaf || p.StartsWith(leaf + "[", StringComparison.Ordinal));

    private static bool IsComparison(SyntaxKind kind) => kind is SyntaxKind.LessToken or SyntaxKind.LessEqualsToken or SyntaxKind.GreaterToken
        or SyntaxKind.GreaterEqualsToken or SyntaxKind.EqualsToken or SyntaxKind.LessGreaterToken;
}
