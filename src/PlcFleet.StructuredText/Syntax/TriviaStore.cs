namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// All trivia of one file in a single growing array of compact entries (kind, start, length). Tokens refer to a
/// range in it instead of owning arrays, which saves an allocation per token and keeps parsing fast.
/// </summary>
internal sealed class TriviaStore
{
    private Entry[] _items;

    public TriviaStore(string source, int capacity)
    {
        Source = source;
        _items = new Entry[Math.Max(capacity, 16)];
    }

    /// <summary>The text every span in this store points into.</summary>
    public string Source { get; }

    public int Count { get; private set; }

    public SyntaxTrivia this[int index]
    {
        get
        {
            var entry = _items[index];
            return new SyntaxTrivia(entry.Kind, Source, entry.Start, entry.Length);
        }
    }

    public void Add(SyntaxKind kind, int start, int length)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = new Entry(start, length, kind);
    }

    public void Add(SyntaxTrivia trivia) => Add(trivia.Kind, trivia.Span.Start, trivia.Span.Length);

    /// <summary>Drops the items from <paramref name="count"/> on, so the last range can be rebuilt in place.</summary>
    public void Truncate(int count) => Count = count;

    private readonly record struct Entry(int Start, int Length, SyntaxKind Kind);
}
