using System.Text;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// A node of the immutable, lossless syntax tree. Children are kept in source order in slots (token, node, list or
/// null for an absent optional part), so the concatenation of all tokens and trivia is exactly the source text.
/// </summary>
public abstract class SyntaxNode
{
    private readonly object?[] _slots;
    private SyntaxTree? _tree;

    private protected SyntaxNode(SyntaxKind kind, object?[] slots)
    {
        Kind = kind;
        _slots = slots;
        var fullStart = -1;
        var fullEnd = -1;
        foreach (var slot in slots)
        {
            switch (slot)
            {
                case null:
                    break;
                case SyntaxToken token:
                    token.Parent = this;
                    Extend(token.FullSpan, ref fullStart, ref fullEnd);
                    break;
                case SyntaxNode node:
                    node.Parent = this;
                    Extend(node.FullSpan, ref fullStart, ref fullEnd);
                    break;
                case ISyntaxListSlot list:
                    for (var i = 0; i < list.SlotCount; i++)
                    {
                        switch (list.GetSlot(i))
                        {
                            case SyntaxToken listToken:
                                listToken.Parent = this;
                                Extend(listToken.FullSpan, ref fullStart, ref fullEnd);
                                break;
                            case SyntaxNode listNode:
                                listNode.Parent = this;
                                Extend(listNode.FullSpan, ref fullStart, ref fullEnd);
                                break;
                        }
                    }

                    break;
            }
        }

        FullSpan = fullStart < 0 ? default : TextSpan.FromBounds(fullStart, fullEnd);
    }

    public SyntaxKind Kind { get; }

    public SyntaxNode? Parent { get; private set; }

    /// <summary>The span including the leading trivia of the first token and the trailing trivia of the last.</summary>
    public TextSpan FullSpan { get; }

    /// <summary>The span from the first to the last present token, without the outer trivia.</summary>
    public TextSpan Span
    {
        get
        {
            var first = FirstToken(includeMissing: false);
            var last = LastToken(includeMissing: false);
            return first is null || last is null ? new TextSpan(FullSpan.Start, 0) : TextSpan.FromBounds(first.Span.Start, last.Span.End);
        }
    }

    /// <summary>The tree this node belongs to (set on the root when the parse finishes).</summary>
    public SyntaxTree? SyntaxTree
    {
        get
        {
            var node = this;
            while (node.Parent is not null)
            {
                node = node.Parent;
            }

            return node._tree;
        }
    }

    /// <summary>Pragmas written right before this node, e.g. <c>{attribute 'safety'}</c> before a declaration.</summary>
    public IReadOnlyList<SyntaxPragma> Pragmas => FirstToken(includeMissing: true)?.Pragmas ?? [];

    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        foreach (var slot in _slots)
        {
            switch (slot)
            {
                case SyntaxToken token:
                    yield return new SyntaxNodeOrToken(token);
                    break;
                case SyntaxNode node:
                    yield return new SyntaxNodeOrToken(node);
                    break;
                case ISyntaxListSlot list:
                    for (var i = 0; i < list.SlotCount; i++)
                    {
                        var item = list.GetSlot(i);
                        yield return item is SyntaxNode itemNode ? new SyntaxNodeOrToken(itemNode) : new SyntaxNodeOrToken((SyntaxToken)item);
                    }

                    break;
            }
        }
    }

    public IEnumerable<SyntaxNode> ChildNodes() =>
        ChildNodesAndTokens().Where(child => child.IsNode).Select(child => child.Node!);

    /// <summary>All nodes below this one, depth first in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodes()
    {
        var stack = new Stack<IEnumerator<SyntaxNodeOrToken>>();
        stack.Push(ChildNodesAndTokens().GetEnumerator());
        while (stack.Count > 0)
        {
            var current = stack.Peek();
            if (!current.MoveNext())
            {
                stack.Pop().Dispose();
                continue;
            }

            if (current.Current.Node is { } node)
            {
                yield return node;
                stack.Push(node.ChildNodesAndTokens().GetEnumerator());
            }
        }
    }

    public IEnumerable<SyntaxNode> DescendantNodesAndSelf() => new[] { this }.Concat(DescendantNodes());

    /// <summary>All tokens below this node in source order, including missing ones.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        var stack = new Stack<IEnumerator<SyntaxNodeOrToken>>();
        stack.Push(ChildNodesAndTokens().GetEnumerator());
        while (stack.Count > 0)
        {
            var current = stack.Peek();
            if (!current.MoveNext())
            {
                stack.Pop().Dispose();
                continue;
            }

            if (current.Current.Token is { } token)
            {
                yield return token;
            }
            else
            {
                stack.Push(current.Current.Node!.ChildNodesAndTokens().GetEnumerator());
            }
        }
    }

    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    public SyntaxToken? FirstToken(bool includeMissing = true) =>
        DescendantTokens().FirstOrDefault(token => includeMissing || !token.IsMissing);

    public SyntaxToken? LastToken(bool includeMissing = true) =>
        DescendantTokens().LastOrDefault(token => includeMissing || !token.IsMissing);

    /// <summary>The 1-based line and column where the node starts (without leading trivia).</summary>
    public LinePosition GetLinePosition() => SyntaxTree?.Source.GetLinePosition(Span.Start) ?? new LinePosition(0, 0);

    /// <summary>The exact source text of this node, including leading and trailing trivia.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder(FullSpan.Length);
        foreach (var token in DescendantTokens())
        {
            token.WriteTo(builder);
        }

        return builder.ToString();
    }

    /// <summary>The source text of this node without its outer trivia.</summary>
    public override string ToString()
    {
        var full = ToFullString();
        var span = Span;
        return full.Substring(span.Start - FullSpan.Start, span.Length);
    }

    private protected SyntaxToken GetToken(int index) => (SyntaxToken)_slots[index]!;

    private protected SyntaxToken? GetOptionalToken(int index) => (SyntaxToken?)_slots[index];

    private protected T GetNode<T>(int index)
        where T : SyntaxNode => (T)_slots[index]!;

    private protected T? GetOptionalNode<T>(int index)
        where T : SyntaxNode => (T?)_slots[index];

    private protected SyntaxList<T> GetList<T>(int index)
        where T : class => (SyntaxList<T>)_slots[index]!;

    private protected SeparatedSyntaxList<T> GetSeparatedList<T>(int index)
        where T : class => (SeparatedSyntaxList<T>)_slots[index]!;

    internal void AttachTree(SyntaxTree tree) => _tree = tree;

    private static void Extend(TextSpan span, ref int start, ref int end)
    {
        if (start < 0)
        {
            start = span.Start;
        }

        end = span.End;
    }
}
