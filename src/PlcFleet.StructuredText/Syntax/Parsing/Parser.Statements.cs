namespace PlcFleet.StructuredText.Syntax;

/// <summary>Statements and statement lists with recovery at statement boundaries.</summary>
internal sealed partial class Parser
{
    private SyntaxList<StatementSyntax> ParseStatementList()
    {
        // Lists nest (an IF inside a FOR), so builders come from a stack and go back in reverse order.
        var statements = _statementBuilders.Count > 0 ? _statementBuilders.Pop() : [];
        while (!IsStatementListEnd())
        {
            var start = _index;
            if (TryParseStatement() is { } statement)
            {
                statements.Add(statement);
            }

            if (_index == start)
            {
                Skip(SyntaxDiagnosticCodes.UnexpectedToken, $"unexpected {Describe(Current)}: expected a statement");
            }
        }

        var list = SyntaxList<StatementSyntax>.Create(statements);
        statements.Clear();
        _statementBuilders.Push(statements);
        return list;
    }

    /// <summary>
    /// A statement list ends at a token an enclosing construct can use: its END_*, ELSE/ELSIF inside IF or CASE,
    /// UNTIL inside REPEAT, a new CASE label, or the start of a declaration.
    /// </summary>
    private bool IsStatementListEnd()
    {
        var kind = CurrentKind;
        switch (kind)
        {
            case SyntaxKind.EndOfFileToken:
                return true;
            case SyntaxKind.ElseKeyword:
            case SyntaxKind.ElsifKeyword:
                return IsOpen(SyntaxKind.EndIfKeyword) || (kind == SyntaxKind.ElseKeyword && IsOpen(SyntaxKind.EndCaseKeyword));
            case SyntaxKind.UntilKeyword:
                return IsOpen(SyntaxKind.EndRepeatKeyword);
            case SyntaxKind.IdentifierToken:
                if (_accessorDepth > 0 && (IsContextual(Current, "END_GET") || IsContextual(Current, "END_SET")))
                {
                    return true;
                }

                break;
        }

        if (kind == SyntaxKind.ActionKeyword && _sfcBody)
        {
            return false; // an SFC body's own action
        }

        if (IsDeclarationStart(kind) || IsPouEnd(kind))
        {
            return true;
        }

        if (IsBlockEnd(kind))
        {
            return IsOpen(kind);
        }

        return _openBlocks.Count > 0 && _openBlocks[^1] == SyntaxKind.EndCaseKeyword && IsCaseLabelAhead();
    }

    private static bool IsBlockEnd(SyntaxKind kind) => kind is SyntaxKind.EndIfKeyword or SyntaxKind.EndCaseKeyword or SyntaxKind.EndForKeyword
        or SyntaxKind.EndWhileKeyword or SyntaxKind.EndRepeatKeyword or SyntaxKind.EndRegionKeyword;

    private static bool IsPouEnd(SyntaxKind kind) => kind is SyntaxKind.EndProgramKeyword or SyntaxKind.EndFunctionKeyword
        or SyntaxKind.EndFunctionBlockKeyword or SyntaxKind.EndMethodKeyword or SyntaxKind.EndPropertyKeyword or SyntaxKind.EndActionKeyword
        or SyntaxKind.EndInterfaceKeyword or SyntaxKind.EndOrganizationBlockKeyword or SyntaxKind.EndDataBlockKeyword
        or SyntaxKind.EndTypeKeyword or SyntaxKind.EndVarKeyword or SyntaxKind.EndStructKeyword or SyntaxKind.EndUnionKeyword
        or SyntaxKind.EndConfigurationKeyword or SyntaxKind.EndResourceKeyword;

    /// <summary>Looks past label tokens (values, ranges, enumeration names) for the ':' that ends a CASE label.</summary>
    private bool IsCaseLabelAhead()
    {
        for (var offset = 0; offset < CaseLabelLookahead; offset++)
        {
            var kind = PeekToken(offset).Kind;
            if (kind == SyntaxKind.ColonToken)
            {
                return offset > 0;
            }

            if (!(kind is SyntaxKind.IdentifierToken or SyntaxKind.IntegerLiteralToken or SyntaxKind.MinusToken or SyntaxKind.PlusToken
                or SyntaxKind.DotDotToken or SyntaxKind.CommaToken or SyntaxKind.HashToken or SyntaxKind.DotToken
                or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.StringLiteralToken))
            {
                return false;
            }
        }

        return false;
    }

    private StatementSyntax? TryParseStatement()
    {
        if (!TryEnterNesting())
        {
            return null;
        }

        var statement = TryParseStatementCore();
        _nesting--;
        return statement;
    }

    private StatementSyntax? TryParseStatementCore()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.IfKeyword:
                return ParseIf();
            case SyntaxKind.CaseKeyword:
                return ParseCase();
            case SyntaxKind.ForKeyword:
                return ParseFor();
            case SyntaxKind.WhileKeyword:
                return ParseWhile();
            case SyntaxKind.RepeatKeyword:
                return ParseRepeat();
            case SyntaxKind.ExitKeyword:
                return new ExitStatementSyntax(EatToken(), ExpectSemicolon("after EXIT"));
            case SyntaxKind.ContinueKeyword:
                return new ContinueStatementSyntax(EatToken(), ExpectSemicolon("after CONTINUE"));
            case SyntaxKind.ReturnKeyword:
                return new ReturnStatementSyntax(EatToken(), ExpectSemicolon("after RETURN"));
            case SyntaxKind.JmpKeyword:
                var jmp = EatToken();
                var label = ExpectName("of the label to jump to");
                return new JumpStatementSyntax(jmp, label, ExpectSemicolon("after the JMP label"));
            case SyntaxKind.SemicolonToken:
                return new EmptyStatementSyntax(EatToken());
            case SyntaxKind.IdentifierToken when IsSfcStepStart():
                return ParseSfcStep();
            case SyntaxKind.IdentifierToken when IsSfcTransitionStart():
                return ParseSfcTransition();
            case SyntaxKind.ActionKeyword when _sfcBody:
                return new SfcActionSyntax(ParseAction());
            case SyntaxKind.IdentifierToken when IsContextualKeyword("REGION"):
                return ParseRegion();
            case SyntaxKind.IdentifierToken when IsContextual(Current, "GOTO") && PeekToken(1).Kind == SyntaxKind.IdentifierToken
                                                 && PeekToken(2).Kind == SyntaxKind.SemicolonToken:
                // Siemens SCL spells JMP as GOTO.
                var goTo = EatToken().WithKind(SyntaxKind.JmpKeyword);
                var target = EatToken();
                return new JumpStatementSyntax(goTo, target, EatToken());
            case SyntaxKind.IdentifierToken when PeekToken(1).Kind == SyntaxKind.ColonToken:
                return new LabelStatementSyntax(EatToken(), EatToken());
            case SyntaxKind.IdentifierToken:
            case SyntaxKind.TaskKeyword:
            case SyntaxKind.ThisKeyword:
            case SyntaxKind.SuperKeyword:
            case SyntaxKind.HashToken:
            case SyntaxKind.OpenParenToken:
            case SyntaxKind.DirectAddressToken:
                return ParseAssignmentOrCall();
            default:
                return null;
        }
    }

    private StatementSyntax ParseAssignmentOrCall()
    {
        var left = ParseExpression();
        var operatorToken = TryParseAssignmentOperator();
        if (operatorToken is not null)
        {
            var right = ParseExpression();
            if (operatorToken.Kind == SyntaxKind.ColonEqualsToken && CurrentKind == SyntaxKind.ColonEqualsToken)
            {
                right = ParseChainedAssignment(right);
            }

            return new AssignmentStatementSyntax(left, operatorToken, right, ExpectSemicolon("after the assignment"));
        }

        if (left is BinaryExpressionSyntax { Kind: SyntaxKind.EqualsExpression } comparison)
        {
            ReportWarning(SyntaxDiagnosticCodes.ComparisonAsStatement, comparison.OperatorToken.Span,
                "'=' compares and the result is discarded; did you mean ':=' to assign?");
        }

        var context = left is InvocationExpressionSyntax ? "after the call" : "after the statement";
        return new ExpressionStatementSyntax(left, ExpectSemicolon(context));
    }

    /// <summary>a := b := c := 0: the value is assigned right to left, so the innermost assignment is the rightmost.</summary>
    private ExpressionSyntax ParseChainedAssignment(ExpressionSyntax first)
    {
        var targets = new List<(ExpressionSyntax Target, SyntaxToken Operator)>();
        var value = first;
        while (CurrentKind == SyntaxKind.ColonEqualsToken)
        {
            targets.Add((value, EatToken()));
            value = ParseExpression();
        }

        for (var i = targets.Count - 1; i >= 0; i--)
        {
            value = new AssignmentExpressionSyntax(targets[i].Target, targets[i].Operator, value);
        }

        return value;
    }

    /// <summary>
    /// := and the SCL compound forms += -= *= /=, the IEC assignment attempt ?=, B&amp;R's ACCESS, and the CODESYS
    /// S= / R= / REF=, which the lexer sees as a name followed by '='.
    /// </summary>
    private SyntaxToken? TryParseAssignmentOperator()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.ColonEqualsToken:
                return EatToken();
            case SyntaxKind.PlusEqualsToken or SyntaxKind.MinusEqualsToken or SyntaxKind.StarEqualsToken or SyntaxKind.SlashEqualsToken:
                var compound = EatToken();
                ReportDialectConstruct(compound, $"'{compound.Text}' assignment");
                return compound;
            case SyntaxKind.QuestionEqualsToken:
                return EatToken();
            case SyntaxKind.IdentifierToken when IsContextual(Current, "ACCESS"):
                var access = EatToken().WithKind(SyntaxKind.AccessAssignToken);
                ReportDialectConstruct(access, "ACCESS (B&R dynamic variable)");
                return access;
        }

        var next = PeekToken(1);
        if (CurrentKind != SyntaxKind.IdentifierToken || next.Kind != SyntaxKind.EqualsToken ||
            !Current.TrailingTrivia.IsEmpty || !next.LeadingTrivia.IsEmpty)
        {
            return null;
        }

        var kind = Current.Text.ToUpperInvariant() switch
        {
            "S" => SyntaxKind.SetAssignToken,
            "R" => SyntaxKind.ResetAssignToken,
            "REF" => SyntaxKind.RefAssignToken,
            _ => SyntaxKind.None,
        };
        if (kind == SyntaxKind.None)
        {
            return null;
        }

        var first = EatToken();
        var merged = Merge(kind, first, EatToken());
        _previous = merged;
        ReportDialectConstruct(merged, $"'{merged.Text}' assignment");
        return merged;
    }

    private IfStatementSyntax ParseIf()
    {
        var ifKeyword = EatToken();
        var condition = ParseExpression();
        var then = Expect(SyntaxKind.ThenKeyword, "after the IF condition");
        _openBlocks.Add(SyntaxKind.EndIfKeyword);
        var statements = ParseStatementList();
        List<ElsifClauseSyntax>? elsifs = null;
        while (CurrentKind == SyntaxKind.ElsifKeyword)
        {
            var elsif = EatToken();
            var elsifCondition = ParseExpression();
            var elsifThen = Expect(SyntaxKind.ThenKeyword, "after the ELSIF condition");
            (elsifs ??= []).Add(new ElsifClauseSyntax(elsif, elsifCondition, elsifThen, ParseStatementList()));
        }

        var elseClause = CurrentKind == SyntaxKind.ElseKeyword ? new ElseClauseSyntax(EatToken(), ParseStatementList()) : null;
        _openBlocks.RemoveAt(_openBlocks.Count - 1);
        var end = ExpectEnd(SyntaxKind.EndIfKeyword, ifKeyword);
        return new IfStatementSyntax(ifKeyword, condition, then, statements, SyntaxList<ElsifClauseSyntax>.Create(elsifs), elseClause, end, OptionalEndSemicolon(end));
    }

    private CaseStatementSyntax ParseCase()
    {
        var caseKeyword = EatToken();
        var selector = ParseExpression();
        var of = Expect(SyntaxKind.OfKeyword, "after the CASE selector");
        _openBlocks.Add(SyntaxKind.EndCaseKeyword);
        List<CaseElementSyntax>? elements = null;
        while (CurrentKind is not (SyntaxKind.ElseKeyword or SyntaxKind.EndCaseKeyword or SyntaxKind.EndOfFileToken))
        {
            if (IsCaseLabelAhead())
            {
                var labels = ParseSeparated(ParseRangeOrExpression, SyntaxKind.ColonToken);
                var colon = Expect(SyntaxKind.ColonToken, "after the CASE label");
                (elements ??= []).Add(new CaseElementSyntax(labels, colon, ParseStatementList()));
            }
            else if (IsStatementListEnd())
            {
                break;
            }
            else
            {
                Skip(SyntaxDiagnosticCodes.UnexpectedToken, $"unexpected {Describe(Current)}: expected a CASE label such as 1:, 2..5: or Idle:");
            }
        }

        var elseClause = CurrentKind == SyntaxKind.ElseKeyword ? new ElseClauseSyntax(EatToken(), ParseStatementList()) : null;
        _openBlocks.RemoveAt(_openBlocks.Count - 1);
        var end = ExpectEnd(SyntaxKind.EndCaseKeyword, caseKeyword);
        return new CaseStatementSyntax(caseKeyword, selector, of, SyntaxList<CaseElementSyntax>.Create(elements), elseClause, end, OptionalEndSemicolon(end));
    }

    private ForStatementSyntax ParseFor()
    {
        var forKeyword = EatToken();
        var variable = ParseUnary();
        var assign = Expect(SyntaxKind.ColonEqualsToken, "after the FOR variable");
        var start = ParseExpression();
        var to = Expect(SyntaxKind.ToKeyword, "after the FOR start value");
        var end = ParseExpression();
        var by = TryEat(SyntaxKind.ByKeyword);
        var step = by is null ? null : ParseExpression();
        var doKeyword = Expect(SyntaxKind.DoKeyword, "after the FOR range");
        var statements = ParseBlockBody(SyntaxKind.EndForKeyword);
        var endFor = ExpectEnd(SyntaxKind.EndForKeyword, forKeyword);
        return new ForStatementSyntax(forKeyword, variable, assign, start, to, end, by, step, doKeyword, statements, endFor, OptionalEndSemicolon(endFor));
    }

    private WhileStatementSyntax ParseWhile()
    {
        var whileKeyword = EatToken();
        var condition = ParseExpression();
        var doKeyword = Expect(SyntaxKind.DoKeyword, "after the WHILE condition");
        var statements = ParseBlockBody(SyntaxKind.EndWhileKeyword);
        var end = ExpectEnd(SyntaxKind.EndWhileKeyword, whileKeyword);
        return new WhileStatementSyntax(whileKeyword, condition, doKeyword, statements, end, OptionalEndSemicolon(end));
    }

    private RepeatStatementSyntax ParseRepeat()
    {
        var repeatKeyword = EatToken();
        var statements = ParseBlockBody(SyntaxKind.EndRepeatKeyword);
        var until = Expect(SyntaxKind.UntilKeyword, "to end the REPEAT loop");
        var condition = ParseExpression();
        var end = ExpectEnd(SyntaxKind.EndRepeatKeyword, repeatKeyword);
        return new RepeatStatementSyntax(repeatKeyword, statements, until, condition, end, OptionalEndSemicolon(end));
    }

    /// <summary>REGION name (rest of the line) statements END_REGION.</summary>
    private RegionStatementSyntax ParseRegion()
    {
        var region = EatToken();
        if (_dialect != Dialect.Scl)
        {
            ReportDialectConstruct(region, "REGION");
        }

        List<SyntaxToken>? name = null;
        while (CurrentKind != SyntaxKind.EndOfFileToken && !StartsLine(_index))
        {
            (name ??= []).Add(EatToken());
        }

        var statements = ParseBlockBody(SyntaxKind.EndRegionKeyword);
        var end = ExpectEnd(SyntaxKind.EndRegionKeyword, region);
        List<SyntaxToken>? endText = null;
        while (!end.IsMissing && CurrentKind is not (SyntaxKind.EndOfFileToken or SyntaxKind.SemicolonToken) && !StartsLine(_index))
        {
            (endText ??= []).Add(EatToken());
        }

        return new RegionStatementSyntax(region, SyntaxList<SyntaxToken>.Create(name), statements, end, SyntaxList<SyntaxToken>.Create(endText),
            OptionalEndSemicolon(end));
    }

    private SyntaxList<StatementSyntax> ParseBlockBody(SyntaxKind endKind)
    {
        _openBlocks.Add(endKind);
        var statements = ParseStatementList();
        _openBlocks.RemoveAt(_openBlocks.Count - 1);
        return statements;
    }
}
