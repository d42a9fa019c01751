using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>Statements: assignments, calls, IF/CASE/loops, jumps, and the flow checks (EXIT outside a loop, unreachable code).</summary>
internal sealed partial class BodyBinder
{
    private List<BoundStatement> BindStatements(IReadOnlyList<StatementSyntax> statements)
    {
        var bound = new List<BoundStatement>(statements.Count);
        string? leftBy = null;
        var reportedUnreachable = false;
        foreach (var statement in statements)
        {
            if (leftBy is not null && !reportedUnreachable && statement is not (EmptyStatementSyntax or LabelStatementSyntax))
            {
                Report(SemanticDiagnosticCodes.UnreachableCode, statement, leftBy);
                reportedUnreachable = true;
            }

            if (statement is LabelStatementSyntax)
            {
                leftBy = null; // a jump may land here
                reportedUnreachable = false;
            }

            if (statement is RegionStatementSyntax region)
            {
                bound.AddRange(BindStatements(region.Statements));
                continue;
            }

            if (statement is AssignmentStatementSyntax { Right: AssignmentExpressionSyntax } chained)
            {
                bound.AddRange(BindChainedAssignment(chained));
                continue;
            }

            if (BindStatement(statement) is { } result)
            {
                bound.Add(result);
                leftBy ??= result switch
                {
                    BoundReturn => "RETURN",
                    BoundExit => "EXIT",
                    BoundContinue => "CONTINUE",
                    BoundJump => "JMP",
                    _ => null,
                };
            }
        }

        return bound;
    }

    private BoundStatement? BindStatement(StatementSyntax statement)
    {
        switch (statement)
        {
            case AssignmentStatementSyntax assignment:
                return BindAssignment(assignment);
            case ExpressionStatementSyntax expression:
                return BindExpressionStatement(expression);
            case IfStatementSyntax ifStatement:
                return BindIf(ifStatement);
            case CaseStatementSyntax caseStatement:
                return BindCase(caseStatement);
            case ForStatementSyntax forStatement:
                return BindFor(forStatement);
            case WhileStatementSyntax whileStatement:
                _loopDepth++;
                var whileCondition = BindCondition(whileStatement.Condition, "WHILE");
                var whileBody = BindStatements(whileStatement.Statements);
                _loopDepth--;
                return new BoundWhile(whileStatement, whileCondition, whileBody);
            case RepeatStatementSyntax repeat:
                _loopDepth++;
                var repeatBody = BindStatements(repeat.Statements);
                var repeatCondition = BindCondition(repeat.Condition, "REPEAT ... UNTIL");
                _loopDepth--;
                return new BoundRepeat(repeat, repeatBody, repeatCondition);
            case ExitStatementSyntax exit:
                if (_loopDepth == 0)
                {
                    Report(SemanticDiagnosticCodes.ExitOutsideLoop, exit);
                }

                return new BoundExit(exit);
            case ContinueStatementSyntax next:
                if (_loopDepth == 0)
                {
                    Report(SemanticDiagnosticCodes.ContinueOutsideLoop, next);
                }

                return new BoundContinue(next);
            case ReturnStatementSyntax ret:
                return new BoundReturn(ret);
            case JumpStatementSyntax jump:
                if (jump.Label.IsMissing)
                {
                    return new BoundJump(jump, string.Empty, null);
                }

                if (!_labels.TryGetValue(jump.Label.Text, out var target))
                {
                    Report(SemanticDiagnosticCodes.UndeclaredLabel, jump.Label, jump.Label.Text);
                }

                return new BoundJump(jump, jump.Label.Text, target);
            case LabelStatementSyntax label:
                return _labels.TryGetValue(label.Name.Text, out var boundLabel) && ReferenceEquals(boundLabel.Syntax, label)
                    ? boundLabel
                    : new BoundLabel(label, label.Name.Text);
            default:
                return null; // empty statements
        }
    }

    private BoundStatement BindAssignment(AssignmentStatementSyntax assignment)
    {
        var target = BindTarget(assignment.Left, VariableUsage.Written);
        var kind = assignment.OperatorToken.Kind;
        if (kind is SyntaxKind.SetAssignToken or SyntaxKind.ResetAssignToken)
        {
            var condition = BindExpression(assignment.Right);
            RequireBool(target, assignment.Left, "the target of S= and R=");
            RequireBool(condition, assignment.Right, "the value of S= and R=");
            return new BoundSetReset(assignment, target, condition, kind == SyntaxKind.SetAssignToken);
        }

        var value = BindExpression(assignment.Right);
        switch (kind)
        {
            case SyntaxKind.RefAssignToken:
                return new BoundAssignment(assignment, target, value, IsReference: true);
            case SyntaxKind.AccessAssignToken:
                return BindAccess(assignment, target, value);
            case SyntaxKind.QuestionEqualsToken:
                return new BoundAssignmentAttempt(assignment, target, value);
            case SyntaxKind.PlusEqualsToken or SyntaxKind.MinusEqualsToken or SyntaxKind.StarEqualsToken or SyntaxKind.SlashEqualsToken:
                // SCL x += y is x := x + y, typed and converted exactly like the long form.
                var op = kind switch
                {
                    SyntaxKind.PlusEqualsToken => BinaryOperator.Add,
                    SyntaxKind.MinusEqualsToken => BinaryOperator.Subtract,
                    SyntaxKind.StarEqualsToken => BinaryOperator.Multiply,
                    _ => BinaryOperator.Divide,
                };
                var combined = BindBinary(assignment, op, BindExpression(assignment.Left), value);
                var compoundTarget = ImplicitDereference(target);
                return new BoundAssignment(assignment, compoundTarget, ConvertForAssignment(combined, compoundTarget.Type, assignment.Right, compoundTarget));
        }

        if (SameLocation(target, value))
        {
            Report(SemanticDiagnosticCodes.SelfAssignment, assignment, assignment.Left.ToString());
        }

        // CODESYS: ':=' on a REFERENCE TO writes the referenced variable; only REF= rebinds the reference.
        target = ImplicitDereference(target);
        var converted = ConvertForAssignment(value, target.Type, assignment.Right, target);
        return new BoundAssignment(assignment, target, converted);
    }

    /// <summary>
    /// B&amp;R <c>ref ACCESS address;</c>: the dynamic variable (a REFERENCE TO) now stands for the variable at that
    /// address. Bound as REF= to what the pointer points at.
    /// </summary>
    private BoundStatement BindAccess(AssignmentStatementSyntax assignment, BoundExpression target, BoundExpression address)
    {
        if (address.Type.IsError || target.Type.IsError)
        {
            return new BoundAssignment(assignment, target, address, IsReference: true);
        }

        if (target.Type.Underlying is not ReferenceType)
        {
            Report(SemanticDiagnosticCodes.OperatorMismatch, assignment.Left, $"ACCESS needs a REFERENCE TO variable on the left, not {target.Type.Name}");
        }

        if (address.Type.Underlying is not PointerType pointer)
        {
            Report(SemanticDiagnosticCodes.OperatorMismatch, assignment.Right, $"ACCESS needs an address (ADR(...)) on the right, not {address.Type.Name}");
            return new BoundAssignment(assignment, target, address, IsReference: true);
        }

        return new BoundAssignment(assignment, target, new BoundDeref(assignment.Right, address, pointer.Target), IsReference: true);
    }

    /// <summary>a := b := 0 as the assignments it stands for, innermost first: b := 0; a := b;</summary>
    private List<BoundStatement> BindChainedAssignment(AssignmentStatementSyntax statement)
    {
        var chain = new List<(SyntaxNode Syntax, ExpressionSyntax Target)> { (statement, statement.Left) };
        var valueSyntax = statement.Right;
        while (valueSyntax is AssignmentExpressionSyntax inner)
        {
            chain.Add((inner, inner.Left));
            valueSyntax = inner.Right;
        }

        var result = new List<BoundStatement>(chain.Count);
        var value = BindExpression(valueSyntax);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var target = ImplicitDereference(BindTarget(chain[i].Target, VariableUsage.Written));
            result.Add(new BoundAssignment(chain[i].Syntax, target, ConvertForAssignment(value, target.Type, valueSyntax, target)));
            valueSyntax = chain[i].Target;
            value = BindExpression(valueSyntax);
        }

        return result;
    }

    private void RequireBool(BoundExpression expression, SyntaxNode syntax, string what)
    {
        if (!expression.Type.IsError && expression.Type.Underlying != ElementaryType.Bool)
        {
            Report(SemanticDiagnosticCodes.OperatorMismatch, syntax, $"{what} must be BOOL, not {expression.Type.Name}");
        }
    }

    private BoundStatement BindExpressionStatement(ExpressionStatementSyntax statement)
    {
        if (statement.Expression is InvocationExpressionSyntax invocation)
        {
            return BindCallStatement(invocation);
        }

        var expression = BindExpression(statement.Expression);
        if (!expression.Type.IsError && statement.Expression.Span.Length > 0)
        {
            Report(SemanticDiagnosticCodes.NotAStatement, statement.Expression);
        }

        return new BoundErrorStatement(statement, [expression]);
    }

    private BoundExpression BindCondition(ExpressionSyntax syntax, string statement)
    {
        var condition = ImplicitDereference(BindExpression(syntax));
        if (!condition.Type.IsError && condition.Type.Underlying != ElementaryType.Bool)
        {
            Report(SemanticDiagnosticCodes.ConditionNotBool, syntax, statement, condition.Type.Name);
        }

        return condition;
    }

    private BoundIf BindIf(IfStatementSyntax syntax)
    {
        var branches = new List<BoundConditionalBranch>(1 + syntax.ElseIfClauses.Count);
        var condition = BindCondition(syntax.Condition, "IF");
        WarnIfEmpty(syntax.Statements, syntax.IfKeyword, "IF");
        branches.Add(new BoundConditionalBranch(syntax, condition, BindStatements(syntax.Statements)));
        foreach (var clause in syntax.ElseIfClauses)
        {
            var elsifCondition = BindCondition(clause.Condition, "ELSIF");
            WarnIfEmpty(clause.Statements, clause.ElsifKeyword, "ELSIF");
            branches.Add(new BoundConditionalBranch(clause, elsifCondition, BindStatements(clause.Statements)));
        }

        List<BoundStatement>? elseStatements = null;
        if (syntax.ElseClause is { } elseClause)
        {
            WarnIfEmpty(elseClause.Statements, elseClause.ElseKeyword, "ELSE");
            elseStatements = BindStatements(elseClause.Statements);
        }

        return new BoundIf(syntax, branches, elseStatements);
    }

    private void WarnIfEmpty(IReadOnlyList<StatementSyntax> statements, SyntaxToken keyword, string branch)
    {
        if (statements.Count == 0 && !keyword.IsMissing)
        {
            Report(SemanticDiagnosticCodes.EmptyBranch, keyword, branch);
        }
    }

    private BoundFor BindFor(ForStatementSyntax syntax)
    {
        var variable = BindTarget(syntax.Variable, VariableUsage.ReadWrite);
        var type = variable.Type;
        if (!type.IsError && !GenericType.AnyInt.Includes(type.Underlying))
        {
            Report(SemanticDiagnosticCodes.ForVariableNotInteger, syntax.Variable, syntax.Variable.ToString(), type.Name);
            type = ErrorType.Instance;
        }

        var start = ConvertForAssignment(BindExpression(syntax.Start), type, syntax.Start, variable);
        var end = ConvertForAssignment(BindExpression(syntax.End), type, syntax.End, variable);
        var step = syntax.Step is { } s ? ConvertForAssignment(BindExpression(s), type, s, variable) : null;
        var loopVariable = (variable as BoundVariable)?.Variable;
        if (loopVariable is not null)
        {
            _forVariables.Add(loopVariable);
        }

        _loopDepth++;
        var body = BindStatements(syntax.Statements);
        _loopDepth--;
        if (loopVariable is not null)
        {
            _forVariables.RemoveAt(_forVariables.Count - 1);
        }

        return new BoundFor(syntax, variable, start, end, step, body);
    }

    private BoundCase BindCase(CaseStatementSyntax syntax)
    {
        var selector = BindExpression(syntax.Selector);
        var selectorType = selector.Type;
        if (!selectorType.IsError && selectorType.Underlying is not (EnumType or ElementaryType { IsIntegral: true }))
        {
            Report(SemanticDiagnosticCodes.OperatorMismatch, syntax.Selector, $"a CASE selector must be an integer or an enumeration, not {selectorType.Name}");
            selectorType = ErrorType.Instance;
        }

        var seen = new List<(long Lower, long Upper)>();
        var elements = new List<BoundCaseElement>(syntax.Elements.Count);
        foreach (var element in syntax.Elements)
        {
            var labels = new List<BoundCaseLabel>(element.Labels.Count);
            foreach (var label in element.Labels)
            {
                labels.Add(BindCaseLabel(label, selectorType, seen));
            }

            if (element.Statements.Count == 0 && element.Labels.Count > 0)
            {
                Report(SemanticDiagnosticCodes.EmptyBranch, element.Labels[0], "CASE");
            }

            elements.Add(new BoundCaseElement(element, labels, BindStatements(element.Statements)));
        }

        List<BoundStatement>? elseStatements = null;
        if (syntax.ElseClause is { } elseClause)
        {
            WarnIfEmpty(elseClause.Statements, elseClause.ElseKeyword, "ELSE");
            elseStatements = BindStatements(elseClause.Statements);
        }

        return new BoundCase(syntax, selector, elements, elseStatements);
    }

    private BoundCaseLabel BindCaseLabel(ExpressionSyntax label, StType selectorType, List<(long Lower, long Upper)> seen)
    {
        var (lowerSyntax, upperSyntax) = label is RangeExpressionSyntax range ? (range.Lower, range.Upper) : (label, (ExpressionSyntax?)null);
        var lower = BindCaseValue(lowerSyntax, selectorType, out var valid);
        var upper = upperSyntax is null ? null : BindCaseValue(upperSyntax, selectorType, out valid);
        if (valid && ValueOf(lower) is { } lo && (upper is null ? lo : ValueOf(upper)) is { } hi)
        {
            foreach (var (l, h) in seen)
            {
                if (lo <= h && hi >= l)
                {
                    Report(SemanticDiagnosticCodes.DuplicateCaseLabel, label, label.ToString());
                    break;
                }
            }

            seen.Add((lo, hi));
        }

        return new BoundCaseLabel(label, lower, upper);
    }

    private static long? ValueOf(BoundExpression expression) => expression.Constant switch
    {
        IntegerValue i when i.Value >= long.MinValue && i.Value <= long.MaxValue => (long)i.Value,
        EnumValue e => e.Member.Value,
        _ => null,
    };

    /// <summary>A label is a constant of the selector's type; bare enum values resolve in the selector's enumeration first.</summary>
    private BoundExpression BindCaseValue(ExpressionSyntax syntax, StType selectorType, out bool valid)
    {
        valid = false;
        BoundExpression value;
        if (syntax is IdentifierNameSyntax name && selectorType.Underlying is EnumType enumType
            && _context.Members.FindEnumMember(enumType, Names.Of(name.Identifier)) is { } member
            && LookupVariable(Names.Of(name.Identifier)) is null)
        {
            value = new BoundEnumValue(syntax, member);
        }
        else
        {
            value = BindExpression(syntax);
        }

        if (value.Type.IsError || selectorType.IsError)
        {
            return value;
        }

        if (value.Constant is null)
        {
            Report(SemanticDiagnosticCodes.NotConstant, syntax, "a CASE label");
            return value;
        }

        if (!CaseLabelFits(value, selectorType))
        {
            Report(SemanticDiagnosticCodes.CaseLabelType, syntax, syntax.ToString(), value.Type.Name, selectorType.Name);
            return value;
        }
        else if (value is BoundLiteral { IsUntyped: true } literal && selectorType.Underlying is ElementaryType
            && ConstantConversion.FitUntyped(literal.Value, selectorType).Value is { } fitted)
        {
            value = new BoundLiteral(syntax, fitted, true);
        }

        valid = true;
        return value;
    }

    private bool CaseLabelFits(BoundExpression value, StType selectorType)
    {
        var selector = selectorType.Underlying;
        var label = value.Type.Underlying;
        if (selector is EnumType selectorEnum)
        {
            // CODESYS accepts the integer value of an enum member as a label; strict IEC wants the member.
            return label is EnumType labelEnum ? labelEnum.Equals(selectorEnum)
                : _mode == ConversionMode.Lenient && label is ElementaryType { IsInteger: true };
        }

        if (label is EnumType)
        {
            return _mode == ConversionMode.Lenient;
        }

        if ((label == ElementaryType.Bool) != (selector == ElementaryType.Bool))
        {
            return false; // TRUE is not step 1
        }

        if (value is BoundLiteral { IsUntyped: true } literal)
        {
            return ConstantConversion.FitUntyped(literal.Value, selectorType).Succeeded;
        }

        return label is ElementaryType { IsIntegral: true } && Conversions.Classify(label, selector).IsImplicit(_mode);
    }

    /// <summary>x := x; (also s.a := s.a and a[1] := a[1]): the same storage on both sides.</summary>
    private static bool SameLocation(BoundExpression left, BoundExpression right) => (left, right) switch
    {
        (BoundVariable a, BoundVariable b) => ReferenceEquals(a.Variable, b.Variable),
        (BoundMember a, BoundMember b) => ReferenceEquals(a.Member, b.Member) && SameLocation(a.Instance, b.Instance),
        (BoundIndex a, BoundIndex b) => SameIndices(a, b) && SameLocation(a.Array, b.Array),
        (BoundConversion a, _) => SameLocation(a.Operand, right),
        (_, BoundConversion b) => SameLocation(left, b.Operand),
        _ => false,
    };

    private static bool SameIndices(BoundIndex a, BoundIndex b)
    {
        if (a.Indices.Count != b.Indices.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Indices.Count; i++)
        {
            var same = (a.Indices[i], b.Indices[i]) switch
            {
                (BoundVariable x, BoundVariable y) => ReferenceEquals(x.Variable, y.Variable),
                ({ Constant: { } x }, { Constant: { } y }) => x.Equals(y),
                _ => false,
            };
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    private static string DescribeTarget(BoundExpression target) => target switch
    {
        BoundVariable v => v.Variable.Name,
        _ => target.Syntax.ToString(),
    };

    private BoundExpression ConvertForAssignment(BoundExpression value, StType type, SyntaxNode at, BoundExpression target) =>
        ConvertForAssignment(value, type, at, target, null);

    private BoundExpression ConvertForAssignment(BoundExpression value, StType type, SyntaxNode at, string targetName) =>
        ConvertForAssignment(value, type, at, null, targetName);
}
