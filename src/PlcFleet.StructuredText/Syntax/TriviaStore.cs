namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// All trivia of one file in a single growing array. Tokens refer to a range in it instead of owning arrays,
/// which saves one allocation per token and keeps parsing fast.
/// </summary>
internal sealed class TriviaStore
{
    private SyntaxTrivia[] _items;

    public TriviaStore(int capacity) => _items = new SyntaxTrivia[Math.Max(capacity, 16)];

    public int Count { get; private set; }

    public SyntaxTrivia this[int index] => _items[index];

    public void Add(SyntaxTrivia trivia)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = trivia;
    }

    /// <summary>Drops the items from <paramref name="count"/> on, so the last range can be rebuilt in place.</summary>
    public void Truncate(int count) => Count = count;
}
