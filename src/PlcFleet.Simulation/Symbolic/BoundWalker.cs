using PlcFleet.StructuredText.Semantics.Binding;

namespace PlcFleet.Simulation.Symbolic;

/// <summary>Walks a bound statement: every node under it, and the places it writes.</summary>
internal static class BoundWalker
{
    public static IEnumerable<object> Nodes(BoundStatement statement)
    {
        var stack = new Stack<object>();
        stack.Push(statement);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in Children(node))
            {
                stack.Push(child);
            }
        }
    }

    public static IEnumerable<BoundExpression> WrittenTargets(BoundStatement statement) =>
        Nodes(statement).SelectMany(node => node switch
        {
            BoundAssignment a => [a.Target],
            BoundSetReset s => [s.Target],
            BoundFor f => [f.Variable],
            BoundFbCall c => c.Arguments.Where(x => x.Direction != ArgumentDirection.Input).Select(x => x.Value),
            BoundCall c => c.Arguments.Where(x => x.Direction != ArgumentDirection.Input).Select(x => x.Value),
            _ => (IEnumerable<BoundExpression>)[],
        });

    /// <summary>The variable at the root of a place (<c>stDrive</c> of <c>stDrive.Speed</c>), if any.</summary>
    public static BoundVariable? Root(BoundExpression target) => target switch
    {
        BoundVariable v => v,
        BoundMember m => Root(m.Instance),
        BoundIndex i => Root(i.Array),
        BoundBitAccess b => Root(b.Value),
        BoundConversion c => Root(c.Operand),
        _ => null,
    };

    private static IEnumerable<object> Children(object node) => node switch
    {
        BoundAssignment a => [a.Target, a.Value],
        BoundSetReset s => [s.Target, s.Value],
        BoundCallStatement c => [c.Call],
        BoundIf i => i.Branches.SelectMany(b => new object[] { b.Condition }.Concat(b.Statements)).Concat(i.Else ?? []),
        BoundCase c => new object[] { c.Selector }.Concat(c.Elements.SelectMany(e => e.Labels.SelectMany(l => new object?[] { l.Lower, l.Upper }).OfType<object>().Concat(e.Statements))).Concat(c.Else ?? []),
        BoundFor f => new object?[] { f.Variable, f.Start, f.End, f.Step }.OfType<object>().Concat(f.Statements),
        BoundWhile w => new object[] { w.Condition }.Concat(w.Statements),
        BoundRepeat r => new object[] { r.Condition }.Concat(r.Statements),
        BoundFbCall c => new object[] { c.Instance }.Concat(c.Arguments.Select(a => a.Value)),
        BoundErrorStatement e => e.Parts,
        BoundBinary b => [b.Left, b.Right],
        BoundUnary u => [u.Operand],
        BoundConversion c => [c.Operand],
        BoundCall c => new object?[] { c.Instance }.OfType<object>().Concat(c.Arguments.Select(a => a.Value)),
        BoundMember m => [m.Instance],
        BoundIndex i => new object[] { i.Array }.Concat(i.Indices),
        BoundBitAccess b => [b.Value],
        BoundDeref d => [d.Pointer],
        BoundError e => e.Children,
        _ => [],
    };
}
