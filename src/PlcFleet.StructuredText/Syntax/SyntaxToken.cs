using System.Text;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// A token with the trivia around it. Offsets are absolute in the source; a missing token (inserted by error
/// recovery) has zero width and no text, so the tree still round-trips the file byte for byte.
/// </summary>
public sealed class SyntaxToken
{
    private readonly TriviaStore? _trivia;
    private readonly int _triviaStart;
    private readonly int _leadingCount;
    private readonly int _trailingCount;
    private string? _text;

    /// <summary>The trivia range starts at triviaStart: leading items first, then trailing ones.</summary>
    internal SyntaxToken(
        SyntaxKind kind,
        int start,
        int length,
        TriviaStore? trivia,
        int triviaStart,
        int leadingCount,
        int trailingCount,
        bool isMissing = false)
    {
        Kind = kind;
        Span = new TextSpan(start, length);
        _trivia = trivia;
        _triviaStart = triviaStart;
        _leadingCount = leadingCount;
        _trailingCount = trailingCount;
        IsMissing = isMissing;
    }

    public SyntaxKind Kind { get; }

    /// <summary>The token's own text as written (keywords keep their original case).</summary>
    public string Text => _text ??= Span.Length == 0 ? string.Empty : _trivia!.Source.Substring(Span.Start, Span.Length);

    public TextSpan Span { get; }

    public TextSpan FullSpan
    {
        get
        {
            var start = _leadingCount == 0 ? Span.Start : _trivia![_triviaStart].Span.Start;
            var end = _trailingCount == 0 ? Span.End : _trivia![_triviaStart + _leadingCount + _trailingCount - 1].Span.End;
            return TextSpan.FromBounds(start, end);
        }
    }

    public SyntaxTriviaList LeadingTrivia => new(_trivia, _triviaStart, _leadingCount);

    public SyntaxTriviaList TrailingTrivia => new(_trivia, _triviaStart + _leadingCount, _trailingCount);

    /// <summary>True for a token the parser expected but did not find.</summary>
    public bool IsMissing { get; }

    public SyntaxNode? Parent { get; internal set; }

    public bool IsKeyword => SyntaxFacts.IsKeyword(Kind);

    /// <summary>Pragmas written before this token, e.g. <c>{attribute 'safety'}</c> before a declaration.</summary>
    public IReadOnlyList<SyntaxPragma> Pragmas => SyntaxFacts.CollectPragmas(LeadingTrivia);

    /// <summary>Compares the text as PLC engineers do: keywords and names are case-insensitive.</summary>
    public bool TextEquals(string text) =>
        Span.Length == 0 ? text.Length == 0 : _trivia!.Source.AsSpan(Span.Start, Span.Length).Equals(text, StringComparison.OrdinalIgnoreCase);

    public SourceLocation? GetLocation() => Parent?.SyntaxTree is { } tree ? SourceLocation.Create(tree.Source, Span) : null;

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
        if (_trivia is null)
        {
            return; // a missing token has neither text nor trivia
        }

        var source = _trivia.Source;
        foreach (var trivia in LeadingTrivia)
        {
            builder.Append(source, trivia.Span.Start, trivia.Span.Length);
        }

        builder.Append(source, Span.Start, Span.Length);
        foreach (var trivia in TrailingTrivia)
        {
            builder.Append(source, trivia.Span.Start, trivia.Span.Length);
        }
    }

    /// <summary>True when this token's trivia is the last range of the store (it was rebuilt by the parser just now).</summary>
    internal bool HasLastTriviaRange(TriviaStore store) =>
        ReferenceEquals(_trivia, store) && _triviaStart + _leadingCount + _trailingCount == store.Count && _leadingCount + _trailingCount > 0;

    internal int TriviaStart => _triviaStart;

    /// <summary>The same token with its trivia stored at another range (used when skipped text joins the leading trivia).</summary>
    internal SyntaxToken WithTrivia(TriviaStore trivia, int triviaStart, int leadingCount) =>
        new(Kind, Span.Start, Span.Length, trivia, triviaStart, leadingCount, _trailingCount, IsMissing);

    internal SyntaxToken WithKind(SyntaxKind kind) =>
        new(kind, Span.Start, Span.Length, _trivia, _triviaStart, _leadingCount, _trailingCount, IsMissing);

    /// <summary>Joins two touching tokens (S and =) into one (S=); the caller stored their outer trivia as one range.</summary>
    internal static SyntaxToken Merge(SyntaxKind kind, SyntaxToken first, SyntaxToken second, TriviaStore trivia, int triviaStart, int leadingCount) =>
        new(kind, first.Span.Start, second.Span.End - first.Span.Start, trivia, triviaStart, leadingCount, second._trailingCount);

    internal static SyntaxToken CreateMissing(SyntaxKind kind, int position) =>
        new(kind, position, 0, null, 0, 0, 0, isMissing: true);
}
