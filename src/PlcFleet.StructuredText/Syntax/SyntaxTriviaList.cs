using System.Collections;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>The leading or trailing trivia of a token: a view on the file's trivia, enumerable without allocation.</summary>
public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>, IEquatable<SyntaxTriviaList>
{
    private readonly TriviaStore? _store;
    private readonly int _start;

    internal SyntaxTriviaList(TriviaStore? store, int start, int count)
    {
        _store = store;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public bool IsEmpty => Count == 0;

    public SyntaxTrivia this[int index] =>
        (uint)index < (uint)Count ? _store![_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<SyntaxTrivia> IEnumerable<SyntaxTrivia>.GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<SyntaxTrivia>)this).GetEnumerator();

    public bool Equals(SyntaxTriviaList other) => ReferenceEquals(_store, other._store) && _start == other._start && Count == other.Count;

    public override bool Equals(object? obj) => obj is SyntaxTriviaList other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_start, Count);

    public static bool operator ==(SyntaxTriviaList left, SyntaxTriviaList right) => left.Equals(right);

    public static bool operator !=(SyntaxTriviaList left, SyntaxTriviaList right) => !left.Equals(right);

    public struct Enumerator
    {
        private readonly SyntaxTriviaList _list;
        private int _index;

        internal Enumerator(SyntaxTriviaList list)
        {
            _list = list;
            _index = -1;
        }

        public readonly SyntaxTrivia Current => _list[_index];

        public bool MoveNext() => ++_index < _list.Count;
    }
}
