using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// Text between tokens that the language ignores but a round-trip must keep: whitespace, line ends, comments,
/// pragmas and tokens the parser skipped while recovering from an error.
/// </summary>
public readonly struct SyntaxTrivia : IEquatable<SyntaxTrivia>
{
    private readonly string _source;

    internal SyntaxTrivia(SyntaxKind kind, string source, int start, int length)
    {
        Kind = kind;
        _source = source;
        Span = new TextSpan(start, length);
    }

    public SyntaxKind Kind { get; }

    public TextSpan Span { get; }

    public string Text => _source.Substring(Span.Start, Span.Length);

    public bool IsComment => Kind is SyntaxKind.LineCommentTrivia or SyntaxKind.BlockCommentTrivia or SyntaxKind.CStyleCommentTrivia;

    /// <summary>Reads this trivia as a pragma (attribute name and value) when it is one.</summary>
    public SyntaxPragma? AsPragma() => Kind == SyntaxKind.PragmaTrivia ? SyntaxPragma.Parse(Text, Span) : null;

    public bool Equals(SyntaxTrivia other) => Kind == other.Kind && Span == other.Span && ReferenceEquals(_source, other._source);

    public override bool Equals(object? obj) => obj is SyntaxTrivia other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, Span);

    public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);

    public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);

    public override string ToString() => Text;
}
