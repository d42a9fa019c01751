using System.Collections;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// Items separated by tokens (commas), e.g. call arguments or the names of <c>a, b : INT;</c>.
/// Enumerating gives the items; <see cref="GetSeparator"/> gives the commas.
/// </summary>
public sealed class SeparatedSyntaxList<T> : IReadOnlyList<T>, ISyntaxListSlot
    where T : class
{
    // Items and separators alternate: item, comma, item, comma, item.
    private readonly object[] _itemsAndSeparators;

    private SeparatedSyntaxList(object[] itemsAndSeparators) => _itemsAndSeparators = itemsAndSeparators;

    internal static SeparatedSyntaxList<T> Empty { get; } = new([]);

    public int Count => (_itemsAndSeparators.Length + 1) / 2;

    public int SeparatorCount => _itemsAndSeparators.Length / 2;

    int ISyntaxListSlot.SlotCount => _itemsAndSeparators.Length;

    public T this[int index] => (T)_itemsAndSeparators[index * 2];

    public SyntaxToken GetSeparator(int index) => (SyntaxToken)_itemsAndSeparators[(index * 2) + 1];

    object ISyntaxListSlot.GetSlot(int index) => _itemsAndSeparators[index];

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _itemsAndSeparators.Length; i += 2)
        {
            yield return (T)_itemsAndSeparators[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static SeparatedSyntaxList<T> Create(List<object>? itemsAndSeparators) =>
        itemsAndSeparators is null || itemsAndSeparators.Count == 0 ? Empty : new SeparatedSyntaxList<T>([.. itemsAndSeparators]);
}
