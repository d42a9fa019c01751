using System.Text;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// A node of the immutable, lossless syntax tree. Children are kept in source order in slots (token, node, list or
/// null for an absent optional part), so the concatenation of all tokens and trivia is exactly the source text.
/// </summary>
public abstract class SyntaxNode
{
    private SyntaxTree? _tree;

    private protected SyntaxNode(SyntaxKind kind) => Kind = kind;

    public SyntaxKind Kind { get; }

    public SyntaxNode? Parent { get; private set; }

    /// <summary>The span including the leading trivia of the first token and the trailing trivia of the last.</summary>
    public TextSpan FullSpan { get; private set; }

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
        for (var index = 0; index < SlotCount; index++)
        {
            switch (GetSlot(index))
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

    /// <summary>The first token of the node (optionally skipping missing ones), found without walking the whole subtree.</summary>
    public SyntaxToken? FirstToken(bool includeMissing = true) => EdgeToken(includeMissing, fromEnd: false);

    public SyntaxToken? LastToken(bool includeMissing = true) => EdgeToken(includeMissing, fromEnd: true);

    // Iterative: a chain of 100,000 ORs is a left spine 100,000 nodes deep, which recursion would not survive.
    // Descends lazily: siblings are only looked at when a subtree holds no wanted token (empty lists, missing tokens).
    private SyntaxToken? EdgeToken(bool includeMissing, bool fromEnd)
    {
        var frames = new Stack<(object Container, int Next)>();
        frames.Push((this, 0));
        while (frames.Count > 0)
        {
            var (container, next) = frames.Pop();
            var count = container is SyntaxNode node ? node.SlotCount : ((ISyntaxListSlot)container).SlotCount;
            if (next >= count)
            {
                continue;
            }

            frames.Push((container, next + 1));
            var position = fromEnd ? count - 1 - next : next;
            var slot = container is SyntaxNode owner ? owner.GetSlot(position) : ((ISyntaxListSlot)container).GetSlot(position);
            switch (slot)
            {
                case SyntaxToken token when includeMissing || !token.IsMissing:
                    return token;
                case SyntaxNode or ISyntaxListSlot:
                    frames.Push((slot, 0));
                    break;
            }
        }

        return null;
    }

    /// <summary>File, span and line/column of the node without its outer trivia (null before the tree is finished).</summary>
    public SourceLocation? GetLocation() => SyntaxTree is { } tree ? SourceLocation.Create(tree.Source, Span) : null;

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

    /// <summary>How many child slots the node has (token, node, list, or null for an absent optional part).</summary>
    internal abstract int SlotCount { get; }

    internal abstract object? GetSlot(int index);

    /// <summary>Called by each node's constructor once its slots are set: the full span runs from the first child to the last.</summary>
    private protected void Initialize()
    {
        var start = -1;
        for (var index = 0; index < SlotCount && start < 0; index++)
        {
            start = EdgeOf(GetSlot(index), fromEnd: false);
        }

        var end = -1;
        for (var index = SlotCount - 1; index >= 0 && end < 0; index--)
        {
            end = EdgeOf(GetSlot(index), fromEnd: true);
        }

        FullSpan = start < 0 ? default : TextSpan.FromBounds(start, end);
    }

    // Full-span start (or end) of a slot, or -1 for an absent slot or an empty list.
    private static int EdgeOf(object? slot, bool fromEnd)
    {
        switch (slot)
        {
            case SyntaxToken token:
                return fromEnd ? token.FullSpan.End : token.FullSpan.Start;
            case SyntaxNode node:
                return fromEnd ? node.FullSpan.End : node.FullSpan.Start;
            case ISyntaxListSlot { SlotCount: > 0 } list:
                return EdgeOf(list.GetSlot(fromEnd ? list.SlotCount - 1 : 0), fromEnd);
            default:
                return -1;
        }
    }

    /// <summary>
    /// Sets Parent on every node and token below this one. Done once for the finished tree rather than during
    /// construction: children are older than their parents, and writing young references into old objects during
    /// the parse makes every garbage collection rescan them.
    /// </summary>
    internal void AttachParents()
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var parent = pending.Pop();
            for (var index = 0; index < parent.SlotCount; index++)
            {
                var slot = parent.GetSlot(index);
                if (slot is ISyntaxListSlot list)
                {
                    for (var i = 0; i < list.SlotCount; i++)
                    {
                        Attach(list.GetSlot(i), parent, pending);
                    }
                }
                else
                {
                    Attach(slot, parent, pending);
                }
            }
        }

        static void Attach(object? slot, SyntaxNode parent, Stack<SyntaxNode> pending)
        {
            switch (slot)
            {
                case SyntaxToken token:
                    token.Parent = parent;
                    break;
                case SyntaxNode node:
                    node.Parent = parent;
                    pending.Push(node);
                    break;
            }
        }
    }

    internal void AttachTree(SyntaxTree tree) => _tree = tree;
}
