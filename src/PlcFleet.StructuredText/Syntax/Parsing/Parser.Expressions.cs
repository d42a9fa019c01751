namespace PlcFleet.StructuredText.Syntax;

/// <summary>Expressions with IEC 61131-3 precedence, calls, accesses and initializers.</summary>
internal sealed partial class Parser
{
    private ExpressionSyntax ParseExpression()
    {
        if (_nesting >= MaxNesting)
        {
            return SkipTooDeepExpression();
        }

        _nesting++;

        var expression = ParseBinary(0);
        _nesting--;
        return expression;
    }

    /// <summary>Precedence climbing; all binary operators are left-associative.</summary>
    private ExpressionSyntax ParseBinary(int parentPrecedence)
    {
        var left = ParseUnary();
        while (true)
        {
            var (precedence, kind) = GetBinaryOperator(CurrentKind);
            if (precedence == 0 || precedence <= parentPrecedence)
            {
                return left;
            }

            var operatorToken = EatToken();
            if (kind is SyntaxKind.AndThenExpression or SyntaxKind.OrElseExpression)
            {
                ReportDialectConstruct(operatorToken, operatorToken.Text.ToUpperInvariant());
            }

            var right = ParseBinary(precedence);
            left = new BinaryExpressionSyntax(kind, left, operatorToken, right);
        }
    }

    private static (int Precedence, SyntaxKind Kind) GetBinaryOperator(SyntaxKind token) => token switch
    {
        SyntaxKind.OrKeyword => (1, SyntaxKind.OrExpression),
        SyntaxKind.OrElseKeyword => (1, SyntaxKind.OrElseExpression),
        SyntaxKind.XorKeyword => (2, SyntaxKind.XorExpression),
        SyntaxKind.AndKeyword or SyntaxKind.AmpersandToken => (3, SyntaxKind.AndExpression),
        SyntaxKind.AndThenKeyword => (3, SyntaxKind.AndThenExpression),
        SyntaxKind.EqualsToken => (4, SyntaxKind.EqualsExpression),
        SyntaxKind.LessGreaterToken => (4, SyntaxKind.NotEqualsExpression),
        SyntaxKind.LessToken => (5, SyntaxKind.LessThanExpression),
        SyntaxKind.GreaterToken => (5, SyntaxKind.GreaterThanExpression),
        SyntaxKind.LessEqualsToken => (5, SyntaxKind.LessThanOrEqualExpression),
        SyntaxKind.GreaterEqualsToken => (5, SyntaxKind.GreaterThanOrEqualExpression),
        SyntaxKind.PlusToken => (6, SyntaxKind.AddExpression),
        SyntaxKind.MinusToken => (6, SyntaxKind.SubtractExpression),
        SyntaxKind.StarToken => (7, SyntaxKind.MultiplyExpression),
        SyntaxKind.SlashToken => (7, SyntaxKind.DivideExpression),
        SyntaxKind.ModKeyword => (7, SyntaxKind.ModuloExpression),
        SyntaxKind.StarStarToken => (8, SyntaxKind.PowerExpression),
        _ => (0, SyntaxKind.None),
    };

    /// <summary>Unary operators bind tighter than '**' in IEC: -2 ** 2 is (-2) ** 2, NOT a = b is (NOT a) = b.</summary>
    private ExpressionSyntax ParseUnary()
    {
        var kind = CurrentKind switch
        {
            SyntaxKind.MinusToken => SyntaxKind.NegateExpression,
            SyntaxKind.PlusToken => SyntaxKind.UnaryPlusExpression,
            SyntaxKind.NotKeyword => SyntaxKind.NotExpression,
            _ => SyntaxKind.None,
        };
        if (kind == SyntaxKind.None)
        {
            return ParsePostfix(ParsePrimary());
        }

        var operatorToken = EatToken();
        if (_nesting >= MaxNesting)
        {
            return new UnaryExpressionSyntax(kind, operatorToken, SkipTooDeepExpression());
        }

        _nesting++;

        var operand = ParseUnary();
        _nesting--;
        return new UnaryExpressionSyntax(kind, operatorToken, operand);
    }

    private ExpressionSyntax ParsePostfix(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (CurrentKind)
            {
                case SyntaxKind.OpenParenToken:
                    expression = new InvocationExpressionSyntax(expression, ParseArgumentList());
                    break;
                case SyntaxKind.OpenBracketToken:
                    var open = EatToken();
                    var indices = ParseSeparated(ParseExpression, SyntaxKind.CloseBracketToken);
                    expression = new ElementAccessExpressionSyntax(expression, open, indices, Expect(SyntaxKind.CloseBracketToken, "to close the index"));
                    break;
                case SyntaxKind.DotToken:
                    var dot = EatToken();
                    expression = new MemberAccessExpressionSyntax(expression, dot, ParseMemberName());
                    break;
                case SyntaxKind.CaretToken:
                    expression = new DereferenceExpressionSyntax(expression, EatToken());
                    break;
                default:
                    return expression;
            }
        }
    }

    /// <summary>After '.': a member name, a bit number (x.3) or a bit address (x.%X3).</summary>
    private SyntaxToken ParseMemberName()
    {
        if (CurrentKind is SyntaxKind.IdentifierToken or SyntaxKind.IntegerLiteralToken or SyntaxKind.DirectAddressToken)
        {
            return EatToken();
        }

        // Members may be spelled like keywords (fb.ON, x.TO is rare but legal in vendor libraries).
        if (SyntaxFacts.IsKeyword(CurrentKind) && !StartsLine(_index))
        {
            return EatToken().WithKind(SyntaxKind.IdentifierToken);
        }

        ReportMissing(SyntaxDiagnosticCodes.ExpectedToken, $"expected a member name after '.', found {Describe(Current)}");
        return Missing(SyntaxKind.IdentifierToken);
    }

    private ExpressionSyntax ParsePrimary()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.IntegerLiteralToken:
            case SyntaxKind.RealLiteralToken:
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.WideStringLiteralToken:
            case SyntaxKind.DurationLiteralToken:
            case SyntaxKind.DateLiteralToken:
            case SyntaxKind.TimeOfDayLiteralToken:
            case SyntaxKind.DateAndTimeLiteralToken:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
                return new LiteralExpressionSyntax(EatToken());
            case SyntaxKind.IdentifierToken:
            case SyntaxKind.StringKeyword:
            case SyntaxKind.WstringKeyword:
                if (IsAdjacentHash())
                {
                    return ParseTypedLiteral();
                }

                if (CurrentKind != SyntaxKind.IdentifierToken)
                {
                    break;
                }

                return new IdentifierNameSyntax(EatToken());
            case SyntaxKind.ThisKeyword:
            case SyntaxKind.SuperKeyword:
                return new IdentifierNameSyntax(EatToken());
            case SyntaxKind.AndKeyword or SyntaxKind.OrKeyword or SyntaxKind.XorKeyword or SyntaxKind.ModKeyword
                when PeekToken(1).Kind == SyntaxKind.OpenParenToken:
                // AND(a, b), MOD(x, 8): the standard functions behind the operators, called by name.
                return new IdentifierNameSyntax(EatToken().WithKind(SyntaxKind.IdentifierToken));
            case SyntaxKind.TaskKeyword:
                return new IdentifierNameSyntax(EatToken().WithKind(SyntaxKind.IdentifierToken));
            case SyntaxKind.HashToken when PeekToken(1).Kind == SyntaxKind.IdentifierToken:
                var hash = EatToken();
                if (_dialect != Dialect.Scl)
                {
                    ReportDialectConstruct(hash, "'#' before a local name (Siemens SCL)");
                }

                return new LocalNameSyntax(hash, EatToken());
            case SyntaxKind.DirectAddressToken:
                return new DirectAddressSyntax(EatToken());
            case SyntaxKind.OpenParenToken:
                var open = EatToken();
                var inner = ParseExpression();
                return new ParenthesizedExpressionSyntax(open, inner, Expect(SyntaxKind.CloseParenToken, "to close the parenthesis"));
        }

        return MissingExpression();
    }

    private ExpressionSyntax MissingExpression()
    {
        ReportMissing(SyntaxDiagnosticCodes.ExpectedExpression, $"expected a value, variable or expression, found {Describe(Current)}");
        return new IdentifierNameSyntax(Missing(SyntaxKind.IdentifierToken));
    }

    private bool IsAdjacentHash()
    {
        var next = PeekToken(1);
        return next.Kind == SyntaxKind.HashToken && Current.TrailingTrivia.IsEmpty && next.LeadingTrivia.IsEmpty;
    }

    /// <summary>INT#5, REAL#-1.5, BOOL#TRUE, E_State#Running, INT#16#FF.</summary>
    private ExpressionSyntax ParseTypedLiteral()
    {
        var typeName = EatToken();
        if (typeName.Kind != SyntaxKind.IdentifierToken)
        {
            typeName = typeName.WithKind(SyntaxKind.IdentifierToken);
        }

        var hash = EatToken();
        ExpressionSyntax value = CurrentKind switch
        {
            SyntaxKind.MinusToken or SyntaxKind.PlusToken => ParseUnary(),
            SyntaxKind.IdentifierToken => new IdentifierNameSyntax(EatToken()),
            _ when SyntaxFacts.IsLiteral(CurrentKind) || CurrentKind is SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword =>
                new LiteralExpressionSyntax(EatToken()),
            _ => MissingExpression(),
        };
        return new TypedLiteralExpressionSyntax(typeName, hash, value);
    }

    private ArgumentListSyntax ParseArgumentList()
    {
        var open = EatToken();
        var arguments = ParseSeparated(ParseArgument, SyntaxKind.CloseParenToken);
        return new ArgumentListSyntax(open, arguments, Expect(SyntaxKind.CloseParenToken, "to close the argument list"));
    }

    /// <summary>value | name := value | name => variable | NOT name => variable.</summary>
    private ArgumentSyntax ParseArgument()
    {
        if (CurrentKind == SyntaxKind.NotKeyword && PeekToken(1).Kind == SyntaxKind.IdentifierToken && PeekToken(2).Kind == SyntaxKind.ArrowToken)
        {
            var notKeyword = EatToken();
            var name = EatToken();
            var arrow = EatToken();
            return new ArgumentSyntax(notKeyword, name, arrow, ParseOptionalOutputTarget());
        }

        if (CurrentKind is SyntaxKind.IdentifierToken or SyntaxKind.TaskKeyword && PeekToken(1).Kind == SyntaxKind.ColonEqualsToken)
        {
            var name = EatToken().WithKind(SyntaxKind.IdentifierToken);
            var assign = EatToken();
            return new ArgumentSyntax(null, name, assign, ParseInitializerValue());
        }

        if (CurrentKind == SyntaxKind.IdentifierToken && PeekToken(1).Kind == SyntaxKind.ArrowToken)
        {
            var name = EatToken();
            var arrow = EatToken();
            return new ArgumentSyntax(null, name, arrow, ParseOptionalOutputTarget());
        }

        return new ArgumentSyntax(null, null, null, ParseExpression());
    }

    // An output may be left unconnected: fb(Q => ).
    private ExpressionSyntax? ParseOptionalOutputTarget() =>
        CurrentKind is SyntaxKind.CommaToken or SyntaxKind.CloseParenToken ? null : ParseExpression();

    /// <summary>Items separated by commas up to (not including) the closing token.</summary>
    private SeparatedSyntaxList<T> ParseSeparated<T>(Func<T> parseItem, SyntaxKind closeKind)
        where T : class
    {
        if (CurrentKind == closeKind)
        {
            return SeparatedSyntaxList<T>.Empty;
        }

        var items = _separatedBuilders.Count > 0 ? _separatedBuilders.Pop() : [];
        items.Add(parseItem());
        while (CurrentKind == SyntaxKind.CommaToken)
        {
            items.Add(EatToken());
            items.Add(parseItem());
        }

        var list = SeparatedSyntaxList<T>.Create(items);
        items.Clear();
        _separatedBuilders.Push(items);
        return list;
    }

    /// <summary>An expression or lower..upper (CASE labels, array bounds, subranges).</summary>
    private ExpressionSyntax ParseRangeOrExpression()
    {
        var lower = ParseExpression();
        if (CurrentKind != SyntaxKind.DotDotToken)
        {
            return lower;
        }

        var dotDot = EatToken();
        return new RangeExpressionSyntax(lower, dotDot, ParseExpression());
    }

    /// <summary>Initial values: an expression, a structure (a := 1, b := 2) or an array [1, 2, 3(0)].</summary>
    private ExpressionSyntax ParseInitializerValue()
    {
        if (_nesting >= MaxNesting)
        {
            return SkipTooDeepExpression();
        }

        _nesting++;

        var value = ParseInitializerValueCore();
        _nesting--;
        return value;
    }

    private ExpressionSyntax ParseInitializerValueCore()
    {
        if (CurrentKind == SyntaxKind.OpenBracketToken)
        {
            var open = EatToken();
            var elements = ParseSeparated(ParseArrayElement, SyntaxKind.CloseBracketToken);
            return new ArrayInitializerSyntax(open, elements, Expect(SyntaxKind.CloseBracketToken, "to close the array initializer"));
        }

        if (CurrentKind == SyntaxKind.OpenParenToken &&
            ((PeekToken(1).Kind == SyntaxKind.IdentifierToken && PeekToken(2).Kind == SyntaxKind.ColonEqualsToken) ||
             PeekToken(1).Kind == SyntaxKind.CloseParenToken))
        {
            var open = EatToken();
            var members = ParseSeparated(ParseMemberInitializer, SyntaxKind.CloseParenToken);
            return new StructInitializerSyntax(open, members, Expect(SyntaxKind.CloseParenToken, "to close the structure initializer"));
        }

        if (_dialect == Dialect.Scl && CurrentKind == SyntaxKind.OpenParenToken && IsPositionalInitializerAhead())
        {
            var open = EatToken();
            var values = ParseSeparated(ParseInitializerValue, SyntaxKind.CloseParenToken);
            return new PositionalInitializerSyntax(open, values, Expect(SyntaxKind.CloseParenToken, "to close the structure initializer"));
        }

        return ParseExpression();
    }

    /// <summary>SCL (a, b, ...) or ([..], ...) at the top level of an initializer: a comma inside the parentheses before they close.</summary>
    private bool IsPositionalInitializerAhead()
    {
        var depth = 0;
        for (var offset = 0; offset < 4096; offset++)
        {
            switch (PeekToken(offset).Kind)
            {
                case SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken:
                    depth++;
                    break;
                case SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken:
                    if (--depth == 0)
                    {
                        return false;
                    }

                    break;
                case SyntaxKind.CommaToken when depth == 1:
                    return true;
                case SyntaxKind.SemicolonToken or SyntaxKind.EndOfFileToken:
                    return false;
            }
        }

        return false;
    }

    private ExpressionSyntax ParseArrayElement()
    {
        if (CurrentKind == SyntaxKind.IntegerLiteralToken && PeekToken(1).Kind == SyntaxKind.OpenParenToken)
        {
            var count = EatToken();
            var open = EatToken();
            var value = CurrentKind == SyntaxKind.CloseParenToken ? null : ParseInitializerValue();
            return new RepeatedInitializerSyntax(count, open, value, Expect(SyntaxKind.CloseParenToken, "to close the repeated value"));
        }

        return ParseInitializerValue();
    }

    private MemberInitializerSyntax ParseMemberInitializer()
    {
        var name = ExpectName("of the member to initialize");
        var assign = Expect(SyntaxKind.ColonEqualsToken, "after the member name");
        return new MemberInitializerSyntax(name, assign, ParseInitializerValue());
    }
}
