using System.Security.Cryptography;
using System.Text;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// Control flow of the symbolic scan: early RETURN and EXIT run the rest of the body only on the paths that did not
/// leave, FOR loops with constant bounds are unrolled, and whatever cannot be followed exactly (WHILE/REPEAT, a loop with
/// a run-time bound, JMP) is over-approximated with unknown values that the rules escalate when they reach a safety cone.
/// </summary>
public sealed partial class ScanExecutor
{
    private const int MaxUnrolledIterations = 256;
    private readonly Dictionary<string, UnresolvedWrite> _unresolved = new(StringComparer.Ordinal);

    /// <summary>One step of a body: a statement, or setting a loop counter while a loop is unrolled.</summary>
    private abstract record Step;

    private sealed record RunStatement(StatementSyntax Statement) : Step;

    private sealed record SetCounter(string Path, Formula Value) : Step;

    private static List<Step> Steps(IEnumerable<StatementSyntax> statements) => statements.Select(s => (Step)new RunStatement(s)).ToList();

    /// <summary>Runs a POU body (program, FB, function, action): a body with jumps is over-approximated as a whole.</summary>
    private void ExecuteBody(IReadOnlyList<StatementSyntax> statements, NameScope scope)
    {
        if (statements.SelectMany(s => s.DescendantNodesAndSelf()).OfType<JumpStatementSyntax>().FirstOrDefault() is { } jump)
        {
            HavocWrites(statements, jump, "jump", scope, $"JMP in {scope.Pou.Name}: the analysis does not follow jumps, so every variable the body writes may hold any value");
            return;
        }

        Run(Steps(statements), scope, inLoop: false);
    }

    /// <summary>
    /// Runs steps in order. A RETURN (or EXIT inside a loop) ends the list; an IF or CASE that may leave gets the rest of
    /// the list appended to each of its branches, so what follows runs only where the body was not left.
    /// </summary>
    private void Run(IReadOnlyList<Step> steps, NameScope scope, bool inLoop)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            switch (steps[i])
            {
                case SetCounter set:
                    Write(set.Path, set.Value);
                    continue;
                case RunStatement { Statement: ReturnStatementSyntax }:
                    return;
                case RunStatement { Statement: ExitStatementSyntax } when inLoop:
                    return;
                case RunStatement { Statement: IfStatementSyntax or CaseStatementSyntax or RegionStatementSyntax } run when Leaves(run.Statement, inLoop):
                    var rest = steps.Skip(i + 1).ToList();
                    ExecuteBranching(run.Statement, scope, inLoop, rest);
                    return;
                case RunStatement run:
                    ExecuteBranching(run.Statement, scope, inLoop, []);
                    continue;
            }
        }
    }

    private static bool Leaves(StatementSyntax statement, bool inLoop) =>
        statement.DescendantNodes().Any(n => n is ReturnStatementSyntax || (inLoop && n is ExitStatementSyntax));

    private void ExecuteBranching(StatementSyntax statement, NameScope scope, bool inLoop, IReadOnlyList<Step> rest)
    {
        List<Step> Then(IEnumerable<StatementSyntax> body) => [.. Steps(body), .. rest];
        switch (statement)
        {
            case IfStatementSyntax @if:
                var branches = new List<(Formula, IReadOnlyList<Step>)> { (Eval(@if.Condition, scope), Then(@if.Statements)) };
                branches.AddRange(@if.ElseIfClauses.Select(e => (Eval(e.Condition, scope), (IReadOnlyList<Step>)Then(e.Statements))));
                Branch(branches, Then(@if.ElseClause?.Statements ?? Enumerable.Empty<StatementSyntax>()), scope, inLoop);
                break;
            case CaseStatementSyntax @case:
                var selector = Eval(@case.Selector, scope);
                Branch(@case.Elements.Select(e => (F.Or(e.Labels.Select(l => Matches(selector, l, scope)).ToArray()), (IReadOnlyList<Step>)Then(e.Statements))).ToList(),
                    Then(@case.ElseClause?.Statements ?? Enumerable.Empty<StatementSyntax>()), scope, inLoop);
                break;
            case RegionStatementSyntax region:
                Run(Then(region.Statements), scope, inLoop);
                break;
            case ForStatementSyntax @for:
                For(@for, scope);
                break;
            case WhileStatementSyntax or RepeatStatementSyntax:
                HavocWrites([statement], statement, "loop", scope, "WHILE/REPEAT loop: the number of iterations depends on data, so every variable it writes may hold any value");
                break;
            default:
                Execute(statement, scope);
                break;
        }
    }

    /// <summary>A FOR loop with constant bounds runs exactly, iteration by iteration; any other is over-approximated.</summary>
    private void For(ForStatementSyntax loop, NameScope scope)
    {
        var counter = scope.PathOf(loop.Variable);
        var start = Eval(loop.Start, scope) as Literal;
        var end = Eval(loop.End, scope) as Literal;
        var step = loop.Step is null ? F.Number(1) : Eval(loop.Step, scope) as Literal;
        var leavesBody = loop.Statements.SelectMany(s => s.DescendantNodesAndSelf()).Any(n => n is ReturnStatementSyntax or ContinueStatementSyntax);
        if (counter is null || start?.Number is not { } from || end?.Number is not { } to || step?.Number is not { } by || by == 0 || leavesBody
            || (to - from) / by + 1 > MaxUnrolledIterations || BranchesOnCarriedState(loop))
        {
            HavocWrites([loop], loop, "loop", scope,
                "FOR loop the analysis does not unroll (bounds not constant, RETURN/CONTINUE inside, or a branch on a value the loop itself "
                + "carries from one iteration to the next): every variable it writes may hold any value");
            return;
        }

        var steps = new List<Step>();
        var value = from;
        for (; by > 0 ? value <= to : value >= to; value += by)
        {
            steps.Add(new SetCounter(counter, F.Number(value)));
            steps.AddRange(Steps(loop.Statements));
        }

        steps.Add(new SetCounter(counter, F.Number(value)));
        Run(steps, scope, inLoop: true);
    }

    /// <summary>
    /// A loop that branches on a value it writes itself (a running maximum) would unroll into a formula that doubles with
    /// every iteration; such loops are over-approximated. Accumulating loops (<c>ok := ok AND ch[i]</c>) unroll exactly.
    /// </summary>
    private static bool BranchesOnCarriedState(ForStatementSyntax loop)
    {
        var body = loop.Statements.SelectMany(s => s.DescendantNodesAndSelf()).ToList();
        var written = body.OfType<AssignmentStatementSyntax>().Select(a => RootName(a.Left)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        written.Remove(RootName(loop.Variable) ?? string.Empty);
        var conditions = body.Select(n => n switch
        {
            IfStatementSyntax i => [i.Condition, .. i.ElseIfClauses.Select(e => e.Condition)],
            CaseStatementSyntax c => [c.Selector],
            WhileStatementSyntax w => [w.Condition],
            RepeatStatementSyntax r => [r.Condition],
            _ => Array.Empty<ExpressionSyntax>(),
        });
        return conditions.SelectMany(c => c).SelectMany(c => c.DescendantNodesAndSelf()).OfType<IdentifierNameSyntax>()
            .Any(id => written.Contains(id.Identifier.Text));
    }

    private static string? RootName(ExpressionSyntax expression) =>
        expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().FirstOrDefault()?.Identifier.Text;

    /// <summary>Every variable the code may write gets an unknown value: sound, and escalated by the rules when it reaches a cone.</summary>
    private void HavocWrites(IReadOnlyList<StatementSyntax> code, SyntaxNode construct, string kind, NameScope scope, string reason)
    {
        var unknown = Unknown(kind, construct, scope, reason);
        foreach (var node in code.SelectMany(s => s.DescendantNodesAndSelf()))
        {
            var target = node switch
            {
                AssignmentStatementSyntax a => a.Left,
                ArgumentSyntax { OperatorToken.Kind: SyntaxKind.ArrowToken, Value: { } v } => v,
                _ => null,
            };
            if (target is null || TargetPath(target, scope) is not { } path)
            {
                continue;
            }

            var isBool = IsBool(scope.TypeOf(target));
            foreach (var each in Expand(path, target, scope))
            {
                var canonical = _state.Canonical(each);
                Write(canonical, new Leaf(unknown.Name + "/" + canonical, isBool));
            }
        }

        // Blocks called inside: their state may have advanced any number of times.
        foreach (var call in code.SelectMany(s => s.DescendantNodesAndSelf()).OfType<InvocationExpressionSyntax>())
        {
            if (scope.PathOf(call.Expression) is { } instance && scope.TypeOf(call.Expression) is { } type && IsBlockType(type))
            {
                foreach (var key in _state.Values.KeysUnder(_state.Canonical(instance) + "."))
                {
                    _state.Values[key] = new Leaf(unknown.Name + "/" + key, _state.Values[key].IsBool);
                }

                _state.Values[_state.Canonical(instance) + ".q"] = new Leaf(unknown.Name + "/" + _state.Canonical(instance) + ".q", true);
            }
        }
    }

    /// <summary>The unknown that stands for one unresolved construct, registered with its reason and place.</summary>
    private Leaf Unknown(string kind, SyntaxNode construct, NameScope scope, string reason)
    {
        var code = string.Join(" ", construct.DescendantTokens().Select(t => t.Text.ToUpperInvariant()));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(scope.Pou.Name.ToUpperInvariant() + "|" + code)))[..10];
        var name = UnresolvedWrite.Marker + kind + "#" + hash;
        _unresolved.TryAdd(name, new UnresolvedWrite(name, reason, SourceRef.Of(scope.Pou.File, construct)));
        return new Leaf(name, true);
    }

    /// <summary>The unresolved write an unknown leaf (or a value derived from it, <c>?loop#…/path</c>) stands for.</summary>
    private UnresolvedWrite? UnresolvedOf(string leaf)
    {
        var slash = leaf.IndexOf('/', StringComparison.Ordinal);
        return _unresolved.GetValueOrDefault(slash > 0 ? leaf[..slash] : leaf);
    }
}
