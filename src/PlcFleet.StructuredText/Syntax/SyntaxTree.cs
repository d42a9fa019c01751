using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// The parsed form of one source file. Parsing never fails: problems are in <see cref="Diagnostics"/> and
/// <see cref="ToFullString"/> always gives back the original text, byte for byte.
/// </summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText source, Dialect dialect, CompilationUnitSyntax root, IReadOnlyList<Diagnostic> diagnostics)
    {
        Source = source;
        Dialect = dialect;
        Root = root;
        Diagnostics = diagnostics;
        root.AttachParents();
        root.AttachTree(this);
    }

    public SourceText Source { get; }

    public Dialect Dialect { get; }

    public CompilationUnitSyntax Root { get; }

    /// <summary>Syntax diagnostics in source order (lexer and parser together).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    public static SyntaxTree Parse(SourceText text, Dialect dialect = Dialect.Codesys)
    {
        var diagnostics = new List<Diagnostic>();
        var root = new Parser(text, dialect, diagnostics).ParseCompilationUnit();

        // The lexer runs ahead of the parser, so merge both streams by position (stable for equal positions).
        var ordered = diagnostics.OrderBy(diagnostic => diagnostic.Span.Start).ToArray();
        return new SyntaxTree(text, dialect, root, ordered);
    }

    public static SyntaxTree Parse(string text, Dialect dialect = Dialect.Codesys, string path = "") =>
        Parse(new SourceText(text, path), dialect);

    /// <summary>Reads and parses a file; .scl files are read as Siemens SCL, others as CODESYS ST.</summary>
    public static SyntaxTree ParseFile(string path, string? displayPath = null) =>
        Parse(SourceText.FromFile(path, displayPath), DialectExtensions.FromPath(path));

    /// <summary>Only the tokens (with trivia), for tools that need no tree; the last token is end of file.</summary>
    public static IReadOnlyList<SyntaxToken> Lex(SourceText text, Dialect dialect = Dialect.Codesys) =>
        new Lexer(text, dialect, []).LexAll();

    public string ToFullString() => Root.ToFullString();

    public LinePosition GetLinePosition(int offset) => Source.GetLinePosition(offset);

    public override string ToString() => Source.Path;
}
