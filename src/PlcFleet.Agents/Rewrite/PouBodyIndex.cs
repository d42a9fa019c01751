using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// The tokens of one parsed file with what the matcher needs to know about them: which token runs are POU bodies
/// (declarations, configurations and task settings are never rewritten), and which token ranges are a whole
/// expression or a run of sibling statements (holes bind exactly those).
/// </summary>
public sealed class PouBodyIndex
{
    private static readonly IReadOnlyList<int> None = [];

    private readonly Dictionary<int, List<int>> expressionEnds = [];
    private readonly HashSet<(int Start, int End, SyntaxKind Kind)> nodeKinds = [];
    private readonly Dictionary<int, List<int>> statementRunEnds = [];
    private readonly int[] bodyEnd;

    public PouBodyIndex(SyntaxTree tree)
    {
        Tree = tree;
        Tokens = tree.Root.DescendantTokens().Where(t => !t.IsMissing).ToArray();
        var indexByStart = new Dictionary<int, int>(Tokens.Count);
        for (var i = 0; i < Tokens.Count; i++)
        {
            indexByStart[Tokens[i].Span.Start] = i;
        }

        bodyEnd = Enumerable.Repeat(-1, Tokens.Count).ToArray();
        var statements = tree.Root.DescendantNodes().OfType<StatementSyntax>().ToList();
        foreach (var body in statements.Where(s => !s.Ancestors().Any(a => a is StatementSyntax)).GroupBy(s => s.Parent!))
        {
            if (Range(body.First(), indexByStart) is { } first && Range(body.Last(), indexByStart) is { } last)
            {
                for (var i = first.Start; i <= last.End; i++)
                {
                    bodyEnd[i] = last.End;
                }
            }
        }

        foreach (var node in tree.Root.DescendantNodes())
        {
            if (node is ExpressionSyntax && Range(node, indexByStart) is { } range)
            {
                Add(expressionEnds, range.Start, range.End);
                nodeKinds.Add((range.Start, range.End, node.Kind));
            }
        }

        foreach (var siblings in statements.GroupBy(s => s.Parent!))
        {
            var ranges = siblings.Select(s => Range(s, indexByStart)).ToList();
            for (var i = 0; i < ranges.Count; i++)
            {
                if (ranges[i] is not { } from)
                {
                    continue;
                }

                nodeKinds.Add((from.Start, from.End, siblings.ElementAt(i).Kind));
                for (var j = i; j < ranges.Count; j++)
                {
                    if (ranges[j] is { } to)
                    {
                        Add(statementRunEnds, from.Start, to.End);
                    }
                }
            }
        }

        // Larger bindings first, so a hole prefers the whole operand chain and backtracks to smaller ones.
        foreach (var ends in expressionEnds.Values)
        {
            ends.Sort((a, b) => b.CompareTo(a));
        }
    }

    public SyntaxTree Tree { get; }

    /// <summary>The file's tokens without zero-width missing ones, in source order.</summary>
    public IReadOnlyList<SyntaxToken> Tokens { get; }

    /// <summary>The index of the last token of the POU body that token <paramref name="index"/> is in, or -1.</summary>
    public int BodyEnd(int index) => bodyEnd[index];

    /// <summary>Last-token indexes of the expressions starting at <paramref name="start"/>, largest first.</summary>
    public IReadOnlyList<int> ExpressionEndsAt(int start) => expressionEnds.TryGetValue(start, out var ends) ? ends : None;

    /// <summary>Last-token indexes of the sibling statement runs starting at <paramref name="start"/>.</summary>
    public IReadOnlyList<int> StatementRunEndsAt(int start) => statementRunEnds.TryGetValue(start, out var ends) ? ends : None;

    public bool IsStatementRun(int start, int end) => StatementRunEndsAt(start).Contains(end);

    public bool IsNode(int start, int end, SyntaxKind kind) => nodeKinds.Contains((start, end, kind));

    private static (int Start, int End)? Range(SyntaxNode node, Dictionary<int, int> indexByStart) =>
        node.FirstToken(includeMissing: false) is { } first && node.LastToken(includeMissing: false) is { } last
        && indexByStart.TryGetValue(first.Span.Start, out var start) && indexByStart.TryGetValue(last.Span.Start, out var end)
        && start <= end
            ? (start, end)
            : null;

    private static void Add(Dictionary<int, List<int>> map, int start, int end)
    {
        if (!map.TryGetValue(start, out var ends))
        {
            map[start] = ends = [];
        }

        if (!ends.Contains(end))
        {
            ends.Add(end);
        }
    }
}
