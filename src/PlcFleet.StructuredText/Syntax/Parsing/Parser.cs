using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// Recursive-descent parser with error recovery. It never stops: a missing token becomes a zero-width missing
/// token with a diagnostic, an unexpected token is skipped into the next token's trivia (so the text survives),
/// and lists stop at tokens that an enclosing construct can use. Every loop consumes a token or exits.
/// </summary>
internal sealed partial class Parser
{
    private const int CaseLabelLookahead = 64;

    // Deeper nesting than any real PLC program has; beyond it the parser stops descending instead of overflowing the stack.
    private const int MaxNesting = 200;

    private readonly SourceText _source;
    private readonly Dialect _dialect;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<SyntaxToken> _tokens;
    private readonly TriviaStore _trivia;

    // The END_* keywords that an enclosing construct is waiting for; statement lists stop at these.
    private readonly List<SyntaxKind> _openBlocks = [];
    private int _accessorDepth;
    private int _index;
    private int _lastSkippedIndex = -2;
    private int _nesting;
    private readonly List<SyntaxTrivia> _scratch = [];

    // Reused list builders: the finished lists are exact-size arrays, the builders are not garbage per list.
    private readonly Stack<List<StatementSyntax>> _statementBuilders = new();
    private readonly Stack<List<object>> _separatedBuilders = new();
    private SyntaxToken? _previous;

    public Parser(SourceText source, Dialect dialect, List<Diagnostic> diagnostics)
    {
        _source = source;
        _dialect = dialect;
        _diagnostics = diagnostics;
        var lexer = new Lexer(source, dialect, diagnostics);
        _tokens = lexer.LexAll();
        _trivia = lexer.Trivia;
    }

    private SyntaxToken Current => _tokens[_index];

    private SyntaxKind CurrentKind => _tokens[_index].Kind;

    private SyntaxToken PeekToken(int offset) => _tokens[Math.Min(_index + offset, _tokens.Count - 1)];

    public CompilationUnitSyntax ParseCompilationUnit()
    {
        List<DeclarationSyntax>? declarations = null;
        while (CurrentKind != SyntaxKind.EndOfFileToken)
        {
            var start = _index;
            _sfcBody = false;
            if (TryParseDeclaration() is { } declaration)
            {
                (declarations ??= []).Add(declaration);
            }

            if (_index == start && CurrentKind == SyntaxKind.SemicolonToken)
            {
                // A ';' after a declaration or a comment (blark's "stray comment" case) is accepted by CODESYS: keep it as text.
                Skip(SyntaxDiagnosticCodes.ExpectedDeclaration, string.Empty, report: false);
            }
            else if (_index == start)
            {
                Skip(SyntaxDiagnosticCodes.ExpectedDeclaration,
                    $"expected a PROGRAM, FUNCTION_BLOCK, FUNCTION, TYPE or VAR_GLOBAL declaration, found {Describe(Current)}");
            }
        }

        return new CompilationUnitSyntax(SyntaxList<DeclarationSyntax>.Create(declarations), EatToken());
    }

    private SyntaxToken EatToken()
    {
        var token = Current;
        if (token.Kind != SyntaxKind.EndOfFileToken)
        {
            _index++;
        }

        _previous = token;
        return token;
    }

    private SyntaxToken? TryEat(SyntaxKind kind) => CurrentKind == kind ? EatToken() : null;

    private SyntaxToken Expect(SyntaxKind kind, string context)
    {
        if (CurrentKind == kind)
        {
            return EatToken();
        }

        ReportMissing(SyntaxDiagnosticCodes.ExpectedToken, $"expected {SyntaxFacts.GetDisplayText(kind)} {context}, found {Describe(Current)}");
        return Missing(kind);
    }

    /// <summary>Like Expect, with the subject's name put into the message only when it is needed (keeps parsing allocation-free).</summary>
    private SyntaxToken Expect(SyntaxKind kind, string contextFormat, SyntaxToken subject) =>
        CurrentKind == kind ? EatToken() : Expect(kind, string.Format(System.Globalization.CultureInfo.InvariantCulture, contextFormat, subject.Text));

    private SyntaxToken ExpectSemicolon(string context) => Expect(SyntaxKind.SemicolonToken, context);

    /// <summary>
    /// A declared variable name. TASK and AT are keywords only where a configuration or an address can follow; a variable
    /// or parameter may be called Task or At (CODESYS 2.3 libraries do).
    /// </summary>
    private SyntaxToken ExpectDeclaredName(string context) =>
        CurrentKind is SyntaxKind.TaskKeyword or SyntaxKind.AtKeyword && PeekToken(1).Kind is SyntaxKind.ColonToken or SyntaxKind.CommaToken
            ? EatToken().WithKind(SyntaxKind.IdentifierToken)
            : ExpectName(context);

    /// <summary>Names: identifiers, and in SCL "quoted names" (the lexer gives both the identifier kind).</summary>
    private SyntaxToken ExpectName(string context)
    {
        if (CurrentKind == SyntaxKind.IdentifierToken)
        {
            return EatToken();
        }

        ReportMissing(SyntaxDiagnosticCodes.ExpectedToken, $"expected a name {context}, found {Describe(Current)}");
        return Missing(SyntaxKind.IdentifierToken);
    }

    /// <summary>The END_* of a block, with a message that points back at the line that opened it.</summary>
    private SyntaxToken ExpectEnd(SyntaxKind endKind, SyntaxToken opener)
    {
        if (CurrentKind == endKind)
        {
            return EatToken();
        }

        var line = _source.GetLinePosition(opener.Span.Start).Line;
        ReportMissing(SyntaxDiagnosticCodes.MissingEnd,
            $"expected {SyntaxFacts.KeywordText(endKind)} to close the {opener.Text.ToUpperInvariant()} at line {line}, found {Describe(Current)}");
        return Missing(endKind);
    }

    /// <summary>The ';' after END_IF, END_CASE... is optional in CODESYS and SCL; strict IEC warns when it is absent.</summary>
    private SyntaxToken? OptionalEndSemicolon(SyntaxToken end)
    {
        if (TryEat(SyntaxKind.SemicolonToken) is { } semicolon)
        {
            return semicolon;
        }

        if (_dialect == Dialect.Iec && !end.IsMissing)
        {
            _diagnostics.Add(new Diagnostic(SyntaxDiagnosticCodes.MissingSemicolonAfterEnd, DiagnosticSeverity.Warning, _source,
                new TextSpan(end.Span.End, 0), $"IEC 61131-3 expects ';' after {end.Text.ToUpperInvariant()}"));
        }

        return null;
    }

    private SyntaxToken Missing(SyntaxKind kind) => SyntaxToken.CreateMissing(kind, Current.FullSpan.Start);

    private void ReportMissing(string code, string message)
    {
        // Report at the end of the last real token: "expected ';'" belongs to the line that lacks it. A missing END_*
        // belongs where the compiler sees it is missing: at the token found instead (END_PROGRAM after an open IF).
        var position = _previous is null || (code == SyntaxDiagnosticCodes.MissingEnd && Current.Kind != SyntaxKind.EndOfFileToken)
            ? Current.Span.Start
            : _previous.Span.End;
        // One "expected ..." per position: follow-on errors only add noise. Unclosed blocks are always worth naming.
        if (code != SyntaxDiagnosticCodes.MissingEnd && _diagnostics.Count > 0 && _diagnostics[^1].Span.Start == position &&
            _diagnostics[^1].Severity == DiagnosticSeverity.Error)
        {
            return;
        }

        _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, _source, new TextSpan(position, 0), message));
    }

    private void ReportWarning(string code, TextSpan span, string message) =>
        _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Warning, _source, span, message));

    /// <summary>Warns in strict IEC about a construct only CODESYS/TwinCAT or Siemens understand.</summary>
    private void ReportDialectConstruct(SyntaxToken token, string construct)
    {
        if (_dialect == Dialect.Iec)
        {
            ReportWarning(SyntaxDiagnosticCodes.DialectConstruct, token.Span, $"{construct} is not IEC 61131-3; it is a vendor extension");
        }
    }

    /// <summary>Moves the current token into the leading trivia of the next one, keeping its text, and reports it.</summary>
    private void Skip(string code, string message, bool report = true)
    {
        var token = Current;
        if (token.Kind == SyntaxKind.EndOfFileToken)
        {
            return;
        }

        // A bad character was already reported by the lexer; a run of skipped tokens is one diagnostic.
        if (report && _lastSkippedIndex == _index - 1 && _diagnostics.Count > 0 && _diagnostics[^1].Code == code)
        {
            var run = _diagnostics[^1];
            _diagnostics[^1] = run with { Span = TextSpan.FromBounds(run.Span.Start, token.Span.End) };
        }
        else if (report && token.Kind != SyntaxKind.BadToken)
        {
            _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, _source, token.Span, message));
        }

        _lastSkippedIndex = _index;

        // The next token gets a new trivia range at the end of the store: the skipped token's trivia and text, its own
        // leading trivia, then (to keep leading and trailing contiguous) a copy of its trailing trivia.
        // In a run of skipped tokens the previous skip's range is last in the store: extend it in place instead of
        // copying the growing run again (which would be quadratic).
        var next = _tokens[_index + 1];
        _scratch.Clear();
        foreach (var trivia in token.TrailingTrivia)
        {
            _scratch.Add(trivia);
        }

        int start;
        if (token.HasLastTriviaRange(_trivia))
        {
            start = token.TriviaStart;
            _trivia.Truncate(start + token.LeadingTrivia.Count);
        }
        else
        {
            start = _trivia.Count;
            AppendTrivia(token.LeadingTrivia);
        }

        if (token.Span.Length > 0)
        {
            _trivia.Add(SyntaxKind.SkippedTokensTrivia, token.Span.Start, token.Span.Length);
        }

        foreach (var trivia in _scratch)
        {
            _trivia.Add(trivia);
        }

        AppendTrivia(next.LeadingTrivia);
        var leadingCount = _trivia.Count - start;
        AppendTrivia(next.TrailingTrivia);
        _tokens[_index + 1] = next.WithTrivia(_trivia, start, leadingCount);
        _index++;
    }

    private void AppendTrivia(SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            _trivia.Add(item);
        }
    }

    /// <summary>Joins two touching tokens (S and =) into one operator token (S=) with the outer trivia of both.</summary>
    private SyntaxToken Merge(SyntaxKind kind, SyntaxToken first, SyntaxToken second)
    {
        var start = _trivia.Count;
        AppendTrivia(first.LeadingTrivia);
        var leadingCount = _trivia.Count - start;
        AppendTrivia(second.TrailingTrivia);
        return SyntaxToken.Merge(kind, first, second, _trivia, start, leadingCount);
    }

    private static string Describe(SyntaxToken token) => token.Kind switch
    {
        SyntaxKind.EndOfFileToken => "end of file",
        _ => $"'{(token.Text.Length > 40 ? token.Text[..40] + "..." : token.Text)}'",
    };

    private bool IsContextual(SyntaxToken token, string word) =>
        token.Kind == SyntaxKind.IdentifierToken && token.TextEquals(word);

    /// <summary>True when the token is the first on its line (no code between it and the previous line break).</summary>
    private bool StartsLine(int index)
    {
        if (index == 0)
        {
            return true;
        }

        var token = _tokens[index];
        foreach (var trivia in token.LeadingTrivia)
        {
            if (trivia.Kind == SyntaxKind.EndOfLineTrivia)
            {
                return true;
            }
        }

        var previous = _tokens[index - 1].TrailingTrivia;
        return !previous.IsEmpty && previous[^1].Kind == SyntaxKind.EndOfLineTrivia;
    }

    /// <summary>
    /// A contextual word (BEGIN, REGION, GET) acts as a keyword only when what follows cannot continue a statement
    /// that uses it as a variable name.
    /// </summary>
    private bool IsContextualKeyword(string word)
    {
        if (!IsContextual(Current, word))
        {
            return false;
        }

        return PeekToken(1).Kind is not (SyntaxKind.ColonEqualsToken or SyntaxKind.OpenParenToken or SyntaxKind.DotToken
            or SyntaxKind.OpenBracketToken or SyntaxKind.CaretToken or SyntaxKind.ColonToken or SyntaxKind.EqualsToken
            or SyntaxKind.SemicolonToken or SyntaxKind.CommaToken);
    }

    private bool IsOpen(SyntaxKind endKind) => _openBlocks.Contains(endKind);

    /// <summary>Enters one level of recursion, or reports ST0017 (once) and refuses when nesting is too deep.</summary>
    private bool TryEnterNesting()
    {
        if (_nesting < MaxNesting)
        {
            _nesting++;
            return true;
        }

        ReportTooDeep();
        return false;
    }

    private void ReportTooDeep()
    {
        if (_diagnostics.Count == 0 || _diagnostics[^1].Code != SyntaxDiagnosticCodes.NestingTooDeep)
        {
            _diagnostics.Add(new Diagnostic(SyntaxDiagnosticCodes.NestingTooDeep, DiagnosticSeverity.Error, _source, Current.Span,
                $"nesting deeper than {MaxNesting} levels; the parser does not follow it further"));
        }
    }

    /// <summary>
    /// For an expression nested too deep: skips its rest (up to the ')' or ']' that closes the level where the limit was
    /// hit, or the ';' that ends the statement) as one skipped run with one ST0017, so the text survives in trivia and a
    /// million '(' cost one diagnostic, not a million.
    /// </summary>
    private ExpressionSyntax SkipTooDeepExpression()
    {
        var depth = 0;
        var skipped = false;
        while (CurrentKind is not (SyntaxKind.EndOfFileToken or SyntaxKind.SemicolonToken))
        {
            if (CurrentKind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken)
            {
                depth++;
            }
            else if (CurrentKind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken && depth-- == 0)
            {
                break;
            }

            Skip(SyntaxDiagnosticCodes.NestingTooDeep, $"nesting deeper than {MaxNesting} levels; the parser does not follow it further");
            skipped = true;
        }

        if (!skipped)
        {
            ReportTooDeep();
        }

        return MissingName();
    }

    private ExpressionSyntax MissingName() => new IdentifierNameSyntax(Missing(SyntaxKind.IdentifierToken));
}
