using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// Def-use facts of a project, read per POU (not per instance): who writes which variable under which conditions,
/// and who reads what. Paths are qualified like <see cref="NameScope"/> gives them.
/// </summary>
public sealed class DefUse
{
    private DefUse(IReadOnlyList<WriteSite> writes, IReadOnlyList<ReadSite> reads)
    {
        Writes = writes;
        Reads = reads;
    }

    public IReadOnlyList<WriteSite> Writes { get; }

    public IReadOnlyList<ReadSite> Reads { get; }

    public static DefUse Collect(ProjectModel model)
    {
        var writes = new List<WriteSite>();
        var reads = new List<ReadSite>();
        foreach (var pou in model.Pous)
        {
            var scope = new NameScope(model, pou, pou.Name);
            foreach (var statement in pou.Statements)
            {
                Walk(statement, scope, [], writes, reads);
            }
        }

        return new DefUse(writes, reads);
    }

    /// <summary>Every variable path an expression reads (members, array elements and the indices themselves).</summary>
    public static IEnumerable<string> PathsRead(ExpressionSyntax expression, NameScope scope) =>
        expression.DescendantNodesAndSelf().OfType<ExpressionSyntax>().Where(IsWholeReference).Select(scope.PathOf).OfType<string>();

    /// <summary>A variable reference that is not part of a longer one (<c>a.b</c> counts once, not as <c>a</c> and <c>a.b</c>).</summary>
    public static bool IsWholeReference(ExpressionSyntax node) =>
        node is IdentifierNameSyntax or LocalNameSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax
        && node.Parent switch
        {
            MemberAccessExpressionSyntax m => m.Expression != node,
            ElementAccessExpressionSyntax e => e.Expression != node,
            InvocationExpressionSyntax i => i.Expression != node,
            _ => true,
        };

    private static void Walk(StatementSyntax statement, NameScope scope, List<ExpressionSyntax> guards, List<WriteSite> writes, List<ReadSite> reads)
    {
        var file = scope.Pou.File;
        switch (statement)
        {
            case AssignmentStatementSyntax a:
                if (scope.PathOf(a.Left) is { } target)
                {
                    writes.Add(new WriteSite(target, scope.Pou, SourceRef.Of(file, a), a, a.Right, guards.ToList()));
                }

                AddReads(a.Right, scope, reads);
                IndexReads(a.Left, scope, reads);
                break;
            case IfStatementSyntax i:
                AddReads(i.Condition, scope, reads);
                guards.Add(i.Condition);
                WalkAll(i.Statements, scope, guards, writes, reads);
                foreach (var elsif in i.ElseIfClauses)
                {
                    AddReads(elsif.Condition, scope, reads);
                    guards.Add(elsif.Condition);
                    WalkAll(elsif.Statements, scope, guards, writes, reads);
                    guards.RemoveAt(guards.Count - 1);
                }

                WalkAll(i.ElseClause?.Statements ?? Enumerable.Empty<StatementSyntax>(), scope, guards, writes, reads);
                guards.RemoveAt(guards.Count - 1);
                break;
            case CaseStatementSyntax c:
                AddReads(c.Selector, scope, reads);
                guards.Add(c.Selector);
                foreach (var element in c.Elements)
                {
                    WalkAll(element.Statements, scope, guards, writes, reads);
                }

                WalkAll(c.ElseClause?.Statements ?? Enumerable.Empty<StatementSyntax>(), scope, guards, writes, reads);
                guards.RemoveAt(guards.Count - 1);
                break;
            case ForStatementSyntax f:
                AddReads(f.Start, scope, reads);
                AddReads(f.End, scope, reads);
                WalkAll(f.Statements, scope, guards, writes, reads);
                break;
            case WhileStatementSyntax w:
                AddReads(w.Condition, scope, reads);
                guards.Add(w.Condition);
                WalkAll(w.Statements, scope, guards, writes, reads);
                guards.RemoveAt(guards.Count - 1);
                break;
            case RepeatStatementSyntax r:
                AddReads(r.Condition, scope, reads);
                WalkAll(r.Statements, scope, guards, writes, reads);
                break;
            case RegionStatementSyntax region:
                WalkAll(region.Statements, scope, guards, writes, reads);
                break;
            case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call }:
                Call(call, scope, guards, writes, reads);
                break;
        }
    }

    private static void WalkAll(IEnumerable<StatementSyntax> statements, NameScope scope, List<ExpressionSyntax> guards, List<WriteSite> writes, List<ReadSite> reads)
    {
        foreach (var s in statements)
        {
            Walk(s, scope, guards, writes, reads);
        }
    }

    private static void Call(InvocationExpressionSyntax call, NameScope scope, List<ExpressionSyntax> guards, List<WriteSite> writes, List<ReadSite> reads)
    {
        var instance = scope.PathOf(call.Expression);
        var file = scope.Pou.File;
        foreach (var argument in call.ArgumentList.Arguments)
        {
            if (argument.Value is null)
            {
                continue;
            }

            if (argument.OperatorToken is { Kind: SyntaxKind.ArrowToken })
            {
                if (scope.PathOf(argument.Value) is { } target && instance is not null)
                {
                    writes.Add(new WriteSite(target, scope.Pou, SourceRef.Of(file, argument), argument, null, guards.ToList()));
                }

                continue;
            }

            if (instance is not null && argument.Name is { } name)
            {
                var member = scope.TypeOf(call.Expression) is { } type ? StandardBlocks.InputName(type, name.Text) : name.Text;
                writes.Add(new WriteSite(instance + "." + member.ToLowerInvariant(), scope.Pou, SourceRef.Of(file, argument), argument, argument.Value, guards.ToList()));
            }

            AddReads(argument.Value, scope, reads);
        }
    }

    private static void AddReads(ExpressionSyntax expression, NameScope scope, List<ReadSite> reads)
    {
        foreach (var node in expression.DescendantNodesAndSelf().OfType<ExpressionSyntax>().Where(IsWholeReference))
        {
            if (scope.PathOf(node) is { } path)
            {
                reads.Add(new ReadSite(path, scope.Pou, SourceRef.Of(scope.Pou.File, node), node));
            }
        }
    }

    private static void IndexReads(ExpressionSyntax target, NameScope scope, List<ReadSite> reads)
    {
        foreach (var element in target.DescendantNodesAndSelf().OfType<ElementAccessExpressionSyntax>())
        {
            foreach (var index in element.Indices)
            {
                AddReads(index, scope, reads);
            }
        }
    }
}
