using System.Collections;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>The items a list slot of a node contributes to <see cref="SyntaxNode.ChildNodesAndTokens"/>, in source order.</summary>
internal interface ISyntaxListSlot
{
    int SlotCount { get; }

    object GetSlot(int index);
}

/// <summary>An immutable list of nodes (or tokens) in source order, e.g. the statements of a body.</summary>
public sealed class SyntaxList<T> : IReadOnlyList<T>, ISyntaxListSlot
    where T : class
{
    private readonly T[] _items;

    private SyntaxList(T[] items) => _items = items;

    internal static SyntaxList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    int ISyntaxListSlot.SlotCount => _items.Length;

    public T this[int index] => _items[index];

    object ISyntaxListSlot.GetSlot(int index) => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static SyntaxList<T> Create(List<T>? items) =>
        items is null || items.Count == 0 ? Empty : new SyntaxList<T>([.. items]);
}
