using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// Hand-written scanner over the source string. Every character ends up in a token or in trivia, so the token
/// stream always reproduces the file; problems (unterminated comments, bad characters) become diagnostics.
/// Trailing trivia runs to the end of the line; pragmas are always leading so they stay with the next declaration.
/// </summary>
internal sealed class Lexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly Dialect _dialect;
    private readonly List<Diagnostic> _diagnostics;
    private int _position;

    public Lexer(SourceText source, Dialect dialect, List<Diagnostic> diagnostics)
    {
        _source = source;
        _text = source.Text;
        _dialect = dialect;
        _diagnostics = diagnostics;

        // Typical ST has about one trivia item per 4 characters; the store doubles if a file has more.
        Trivia = new TriviaStore(_text, (_text.Length / 4) + 1);
    }

    /// <summary>The trivia of every token this lexer produced.</summary>
    public TriviaStore Trivia { get; }

    public List<SyntaxToken> LexAll()
    {
        // Roughly one token per 5 characters of typical ST.
        var tokens = new List<SyntaxToken>((_text.Length / 5) + 1);
        while (true)
        {
            var token = NextToken();
            tokens.Add(token);
            if (token.Kind == SyntaxKind.EndOfFileToken)
            {
                return tokens;
            }
        }
    }

    private SyntaxToken NextToken()
    {
        var triviaStart = Trivia.Count;
        var leading = ScanTrivia(isTrailing: false);
        var start = _position;
        var kind = ScanToken();
        var length = _position - start;
        var trailing = kind == SyntaxKind.EndOfFileToken ? 0 : ScanTrivia(isTrailing: true);
        return new SyntaxToken(kind, start, length, Trivia, triviaStart, leading, trailing);
    }

    private char Peek(int offset = 0)
    {
        var index = _position + offset;
        return index < _text.Length ? _text[index] : '\0';
    }

    private bool AtEnd => _position >= _text.Length;

    /// <summary>Appends the trivia at the current position to the store and returns how many items it added.</summary>
    private int ScanTrivia(bool isTrailing)
    {
        var count = 0;
        while (!AtEnd)
        {
            var start = _position;
            var c = _text[_position];
            SyntaxKind kind;
            if (c is '\r' or '\n')
            {
                _position += c == '\r' && Peek(1) == '\n' ? 2 : 1;
                kind = SyntaxKind.EndOfLineTrivia;
            }
            else if (IsWhitespace(c))
            {
                while (!AtEnd && IsWhitespace(_text[_position]))
                {
                    _position++;
                }

                kind = SyntaxKind.WhitespaceTrivia;
            }
            else if (c == '(' && Peek(1) == '*')
            {
                ScanNestedComment();
                kind = SyntaxKind.BlockCommentTrivia;
            }
            else if (c == '/' && Peek(1) == '*')
            {
                ScanCStyleComment();
                kind = SyntaxKind.CStyleCommentTrivia;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (!AtEnd && _text[_position] is not ('\r' or '\n'))
                {
                    _position++;
                }

                kind = SyntaxKind.LineCommentTrivia;
            }
            else if (c == '{' && !isTrailing)
            {
                ScanPragma();
                kind = SyntaxKind.PragmaTrivia;
            }
            else if (c == '@' && !isTrailing && char.IsAsciiLetter(Peek(1)))
            {
                // RuSTy's @EXTERNAL (and similar markers) annotate the next declaration like a pragma.
                _position++;
                while (!AtEnd && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
                {
                    _position++;
                }

                kind = SyntaxKind.PragmaTrivia;
            }
            else
            {
                break;
            }

            Trivia.Add(kind, start, _position - start);
            count++;
            if (isTrailing && kind == SyntaxKind.EndOfLineTrivia)
            {
                break;
            }
        }

        return count;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\f' or '\v' or '\u00A0' or '\uFEFF';

    private void ScanNestedComment()
    {
        var start = _position;
        _position += 2;
        var depth = 1;
        while (!AtEnd)
        {
            var c = _text[_position];
            if (c == '(' && Peek(1) == '*')
            {
                depth++;
                _position += 2;
            }
            else if (c == '*' && Peek(1) == ')')
            {
                _position += 2;
                if (--depth == 0)
                {
                    return;
                }
            }
            else
            {
                _position++;
            }
        }

        // CODESYS nests comments, IEC 61131-3 and B&R do not: an inner '(*' that never closes (a commented-out comment
        // opener in old code) is read the IEC way, ending the comment at the first '*)', with a warning.
        var flatClose = _text.IndexOf("*)", start + 2, StringComparison.Ordinal);
        if (flatClose >= 0)
        {
            _position = flatClose + 2;
            _diagnostics.Add(new Diagnostic(SyntaxDiagnosticCodes.CommentReadFlat, DiagnosticSeverity.Warning, _source, new TextSpan(start, 2),
                "comment '(*' contains a '(*' that is never closed; read as not nested, it ends at the first '*)'"));
            return;
        }

        Report(SyntaxDiagnosticCodes.UnterminatedComment, new TextSpan(start, 2), "comment '(*' is not closed with '*)' before the end of the file");
    }

    private void ScanCStyleComment()
    {
        var start = _position;
        var close = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            _position = _text.Length;
            Report(SyntaxDiagnosticCodes.UnterminatedComment, new TextSpan(start, 2), "comment '/*' is not closed with '*/' before the end of the file");
            return;
        }

        _position = close + 2;
    }

    private void ScanPragma()
    {
        var start = _position;
        _position++;
        while (!AtEnd)
        {
            var c = _text[_position];
            if (c == '}')
            {
                _position++;
                return;
            }

            // Quoted attribute values may hold braces.
            if (c == '\'')
            {
                var close = _text.IndexOf('\'', _position + 1);
                var lineEnd = _text.IndexOfAny(['\r', '\n'], _position + 1);
                if (close > 0 && (lineEnd < 0 || close < lineEnd))
                {
                    _position = close + 1;
                    continue;
                }
            }

            if (c is '\r' or '\n')
            {
                // Siemens and TwinCAT attribute blocks may span lines: accept that when a '}' closes it before any
                // other '{' opens; otherwise the brace is stray and must not swallow the rest of the file.
                var close = _text.IndexOf('}', _position);
                var reopen = close < 0 ? -1 : _text.IndexOf('{', _position, close - _position);
                if (close > 0 && reopen < 0)
                {
                    _position = close + 1;
                    return;
                }

                break;
            }

            _position++;
        }

        // Unclosed: stop at the line end so one stray brace does not swallow the rest of the file.
        Report(SyntaxDiagnosticCodes.UnterminatedPragma, new TextSpan(start, 1), "pragma '{' is not closed with '}' on the same line");
    }

    private SyntaxKind ScanToken()
    {
        if (AtEnd)
        {
            return SyntaxKind.EndOfFileToken;
        }

        var c = _text[_position];
        if (char.IsAsciiLetter(c) || c == '_' || (c > '\u007F' && char.IsLetter(c)))
        {
            return ScanIdentifierOrKeyword();
        }

        if (char.IsAsciiDigit(c))
        {
            return ScanNumber();
        }

        switch (c)
        {
            case '\'':
                ScanString('\'');
                return SyntaxKind.StringLiteralToken;
            case '"':
                ScanString('"');
                return _dialect == Dialect.Scl ? SyntaxKind.IdentifierToken : SyntaxKind.WideStringLiteralToken;
            case '%':
                return ScanDirectAddress();
            case ':':
                return Advance(Peek(1) == '=' ? 2 : 1, Peek(1) == '=' ? SyntaxKind.ColonEqualsToken : SyntaxKind.ColonToken);
            case '=':
                return Advance(Peek(1) == '>' ? 2 : 1, Peek(1) == '>' ? SyntaxKind.ArrowToken : SyntaxKind.EqualsToken);
            case '<':
                return Peek(1) switch
                {
                    '=' => Advance(2, SyntaxKind.LessEqualsToken),
                    '>' => Advance(2, SyntaxKind.LessGreaterToken),
                    _ => Advance(1, SyntaxKind.LessToken),
                };
            case '>':
                return Advance(Peek(1) == '=' ? 2 : 1, Peek(1) == '=' ? SyntaxKind.GreaterEqualsToken : SyntaxKind.GreaterToken);
            case '*':
                return Peek(1) switch
                {
                    '*' => Advance(2, SyntaxKind.StarStarToken),
                    '=' => Advance(2, SyntaxKind.StarEqualsToken),
                    _ => Advance(1, SyntaxKind.StarToken),
                };
            case '.':
                return Advance(Peek(1) == '.' ? 2 : 1, Peek(1) == '.' ? SyntaxKind.DotDotToken : SyntaxKind.DotToken);
            case '/': return Peek(1) == '=' ? Advance(2, SyntaxKind.SlashEqualsToken) : Advance(1, SyntaxKind.SlashToken);
            case '+': return Peek(1) == '=' ? Advance(2, SyntaxKind.PlusEqualsToken) : Advance(1, SyntaxKind.PlusToken);
            case '-': return Peek(1) == '=' ? Advance(2, SyntaxKind.MinusEqualsToken) : Advance(1, SyntaxKind.MinusToken);
            case '?' when Peek(1) == '=': return Advance(2, SyntaxKind.QuestionEqualsToken);
            case '&': return Advance(1, SyntaxKind.AmpersandToken);
            case '^': return Advance(1, SyntaxKind.CaretToken);
            case ',': return Advance(1, SyntaxKind.CommaToken);
            case ';': return Advance(1, SyntaxKind.SemicolonToken);
            case '(': return Advance(1, SyntaxKind.OpenParenToken);
            case ')': return Advance(1, SyntaxKind.CloseParenToken);
            case '[': return Advance(1, SyntaxKind.OpenBracketToken);
            case ']': return Advance(1, SyntaxKind.CloseBracketToken);
            case '#': return Advance(1, SyntaxKind.HashToken);
        }

        // Includes a stray '}' and binary noise; a surrogate pair stays in one token so the text stays valid.
        var width = char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
        var shown = c < ' ' ? $"U+{(int)c:X4}" : _text.Substring(_position, width);
        Report(SyntaxDiagnosticCodes.InvalidCharacter, new TextSpan(_position, width), $"unexpected character '{shown}'");
        return Advance(width, SyntaxKind.BadToken);
    }

    private SyntaxKind Advance(int width, SyntaxKind kind)
    {
        _position += width;
        return kind;
    }

    private SyntaxKind ScanIdentifierOrKeyword()
    {
        var start = _position;
        // Letters such as ä, ü, ß appear in German-language names (TIA Portal allows them).
        while (!AtEnd && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_' ||
                          (_text[_position] > '\u007F' && char.IsLetterOrDigit(_text[_position]))))
        {
            _position++;
        }

        var word = _text.AsSpan(start, _position - start);
        if (Peek() == '#')
        {
            var literalKind = SyntaxFacts.GetDateTimeLiteralKind(word);
            if (literalKind != SyntaxKind.None)
            {
                _position++;
                ScanDateTimeBody(start, literalKind);
                return literalKind;
            }
        }

        return SyntaxFacts.GetKeywordKind(word);
    }

    private void ScanDateTimeBody(int start, SyntaxKind kind)
    {
        var bodyStart = _position;
        if (kind == SyntaxKind.DurationLiteralToken)
        {
            if (Peek() is '-' or '+')
            {
                _position++;
            }

            while (!AtEnd && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '_' or '.'))
            {
                _position++;
            }

            if (!DurationLiteral.IsValid(_text.AsSpan(bodyStart, _position - bodyStart)))
            {
                Report(SyntaxDiagnosticCodes.MalformedLiteral, TextSpan.FromBounds(start, _position),
                    $"malformed duration '{_text[start.._position]}': expected e.g. T#1h30m, T#500ms or T#-5s");
            }

            return;
        }

        while (!AtEnd && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '_' or '.' or ':' or '-'))
        {
            _position++;
        }

        if (!_text.AsSpan(bodyStart, _position - bodyStart).ContainsAnyInRange('0', '9'))
        {
            Report(SyntaxDiagnosticCodes.MalformedLiteral, TextSpan.FromBounds(start, _position),
                $"malformed date or time literal '{_text[start.._position]}'");
        }
    }

    private SyntaxKind ScanNumber()
    {
        var start = _position;
        SkipDigits(hex: false);
        if (Peek() == '#')
        {
            var radix = _text.AsSpan(start, _position - start);
            if (radix is "2" or "8" or "10" or "16")
            {
                _position++;
                var digitsStart = _position;
                SkipDigits(hex: true);
                if (_position == digitsStart)
                {
                    Report(SyntaxDiagnosticCodes.MalformedLiteral, TextSpan.FromBounds(start, _position),
                        $"'{_text[start.._position]}' needs digits after the '#'");
                }

                return SyntaxKind.IntegerLiteralToken;
            }
        }

        var kind = SyntaxKind.IntegerLiteralToken;

        // "1..5" is a range, so a '.' only starts a fraction when a digit follows.
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _position++;
            SkipDigits(hex: false);
            kind = SyntaxKind.RealLiteralToken;
        }

        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            _position += Peek(1) is '+' or '-' ? 2 : 1;
            SkipDigits(hex: false);
            kind = SyntaxKind.RealLiteralToken;
        }

        return kind;
    }

    private void SkipDigits(bool hex)
    {
        while (!AtEnd && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '_' || (hex && char.IsAsciiHexDigit(_text[_position]))))
        {
            _position++;
        }
    }

    private void ScanString(char quote)
    {
        var start = _position;
        _position++;
        while (!AtEnd)
        {
            var c = _text[_position];
            if (c == quote)
            {
                _position++;
                return;
            }

            if (c is '\r' or '\n')
            {
                break;
            }

            if (c == '$' && (quote == '\'' || _dialect != Dialect.Scl))
            {
                ScanEscape();
                continue;
            }

            _position++;
        }

        var what = quote == '"' && _dialect == Dialect.Scl ? "quoted name" : "string";
        Report(SyntaxDiagnosticCodes.UnterminatedString, TextSpan.FromBounds(start, _position), $"{what} is not closed with {quote} before the end of the line");
    }

    private void ScanEscape()
    {
        var start = _position;
        var next = Peek(1);
        if (next is 'N' or 'n' or 'L' or 'l' or 'R' or 'r' or 'T' or 't' or 'P' or 'p' or '$' or '\'' or '"')
        {
            _position += 2;
            return;
        }

        if (char.IsAsciiHexDigit(next) && char.IsAsciiHexDigit(Peek(2)))
        {
            _position += 3;
            return;
        }

        _position++;
        Report(SyntaxDiagnosticCodes.InvalidEscape, new TextSpan(start, next is '\0' or '\r' or '\n' ? 1 : 2),
            "invalid escape in string: use $N, $L, $R, $T, $P, $$, $', $\" or two hex digits such as $0A");
    }

    private SyntaxKind ScanDirectAddress()
    {
        var start = _position;
        _position++;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '.' or '*' or '_'))
        {
            // A trailing '.' belongs to the next token (e.g. "%IX0.1..").
            if (_text[_position] == '.' && !char.IsAsciiDigit(Peek(1)))
            {
                break;
            }

            _position++;
        }

        if (_position - start < 2)
        {
            Report(SyntaxDiagnosticCodes.MalformedLiteral, TextSpan.FromBounds(start, _position),
                "'%' must start a direct address such as %IX0.1, %QW4 or %MD10");
        }

        return SyntaxKind.DirectAddressToken;
    }

    private void Report(string code, TextSpan span, string message) =>
        _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, _source, span, message));
}
