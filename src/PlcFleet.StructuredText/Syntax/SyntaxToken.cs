using System.Collections.Immutable;
using System.Text;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// A token with the trivia around it. Offsets are absolute in the source; a missing token (inserted by error
/// recovery) has zero width and no text, so the tree still round-trips the file byte for byte.
/// </summary>
public sealed class SyntaxToken
{
    private readonly string _source;
    private string? _text;

    internal SyntaxToken(
        SyntaxKind kind,
        string source,
        int start,
        int length,
        ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia,
        bool isMissing = false)
    {
        Kind = kind;
        _source = source;
        Span = new TextSpan(start, length);
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
        IsMissing = isMissing;
    }

    public SyntaxKind Kind { get; }

    /// <summary>The token's own text as written (keywords keep their original case).</summary>
    public string Text => _text ??= Span.Length == 0 ? string.Empty : _source.Substring(Span.Start, Span.Length);

    public TextSpan Span { get; }

    public TextSpan FullSpan
    {
        get
        {
            var start = LeadingTrivia.IsEmpty ? Span.Start : LeadingTrivia[0].Span.Start;
            var end = TrailingTrivia.IsEmpty ? Span.End : TrailingTrivia[^1].Span.End;
            return TextSpan.FromBounds(start, end);
        }
    }

    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    /// <summary>True for a token the parser expected but did not find.</summary>
    public bool IsMissing { get; }

    public SyntaxNode? Parent { get; internal set; }

    public bool IsKeyword => SyntaxFacts.IsKeyword(Kind);

    /// <summary>Pragmas written before this token, e.g. <c>{attribute 'safety'}</c> before a declaration.</summary>
    public IReadOnlyList<SyntaxPragma> Pragmas => SyntaxFacts.CollectPragmas(LeadingTrivia);

    /// <summary>Compares the text as PLC engineers do: keywords and names are case-insensitive.</summary>
    public bool TextEquals(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public LinePosition GetLinePosition() =>
        Parent?.SyntaxTree?.Source.GetLinePosition(Span.Start) ?? new LinePosition(0, 0);

    public string ToFullString()
    {
        var builder = new StringBuilder();
        WriteTo(builder);
        return builder.ToString();
    }

    public override string ToString() => Text;

    internal void WriteTo(StringBuilder builder)
    {
        foreach (var trivia in LeadingTrivia)
        {
            builder.Append(_source, trivia.Span.Start, trivia.Span.Length);
        }

        builder.Append(_source, Span.Start, Span.Length);
        foreach (var trivia in TrailingTrivia)
        {
            builder.Append(_source, trivia.Span.Start, trivia.Span.Length);
        }
    }

    internal SyntaxToken WithLeadingTrivia(ImmutableArray<SyntaxTrivia> leading) =>
        new(Kind, _source, Span.Start, Span.Length, leading, TrailingTrivia, IsMissing);

    internal SyntaxToken WithKind(SyntaxKind kind) =>
        new(kind, _source, Span.Start, Span.Length, LeadingTrivia, TrailingTrivia, IsMissing);

    /// <summary>Joins two adjacent tokens (S and =) into one (S=); they must touch without trivia between.</summary>
    internal static SyntaxToken Merge(SyntaxKind kind, SyntaxToken first, SyntaxToken second) =>
        new(kind, first._source, first.Span.Start, second.Span.End - first.Span.Start, first.LeadingTrivia, second.TrailingTrivia);

    internal static SyntaxToken CreateMissing(SyntaxKind kind, string source, int position) =>
        new(kind, source, position, 0, [], [], isMissing: true);
}
