using PlcFleet.StructuredText.Syntax;
using static PlcFleet.StructuredText.Tests.Syntax.SyntaxTestHelpers;

namespace PlcFleet.StructuredText.Tests.Syntax;

public sealed class StatementTests
{
    [Theory]
    [InlineData("xMotor := TRUE;", SyntaxKind.AssignmentStatement)]
    [InlineData("xAlarm S= xFault;", SyntaxKind.AssignmentStatement)]
    [InlineData("xAlarm R= xAck;", SyntaxKind.AssignmentStatement)]
    [InlineData("refDrive REF= fbDrive1;", SyntaxKind.AssignmentStatement)]
    [InlineData("fbTimer(IN := TRUE);", SyntaxKind.ExpressionStatement)]
    [InlineData("fbAxis.Stop();", SyntaxKind.ExpressionStatement)]
    [InlineData("IF a THEN b := 1; END_IF", SyntaxKind.IfStatement)]
    [InlineData("IF a THEN b := 1; END_IF;", SyntaxKind.IfStatement)]
    [InlineData("CASE n OF 1: x := 1; END_CASE", SyntaxKind.CaseStatement)]
    [InlineData("FOR i := 1 TO 10 DO x := x + i; END_FOR", SyntaxKind.ForStatement)]
    [InlineData("WHILE x < 10 DO x := x + 1; END_WHILE", SyntaxKind.WhileStatement)]
    [InlineData("REPEAT x := x + 1; UNTIL x > 10 END_REPEAT", SyntaxKind.RepeatStatement)]
    [InlineData("EXIT;", SyntaxKind.ExitStatement)]
    [InlineData("CONTINUE;", SyntaxKind.ContinueStatement)]
    [InlineData("RETURN;", SyntaxKind.ReturnStatement)]
    [InlineData("JMP lblEnd;", SyntaxKind.JumpStatement)]
    [InlineData("lblEnd:", SyntaxKind.LabelStatement)]
    [InlineData(";", SyntaxKind.EmptyStatement)]
    [InlineData("pMotor^.xRun := TRUE;", SyntaxKind.AssignmentStatement)]
    [InlineData("THIS^.nCount := 0;", SyntaxKind.AssignmentStatement)]
    [InlineData("aValues[i, 2] := 0;", SyntaxKind.AssignmentStatement)]
    [InlineData("%QX0.0 := xRun;", SyntaxKind.AssignmentStatement)]
    [InlineData("wStatus.3 := TRUE;", SyntaxKind.AssignmentStatement)]
    public void Each_statement_form_parses_without_diagnostics(string source, SyntaxKind kind)
    {
        var tree = Parse($"PROGRAM P\n{source}\nEND_PROGRAM\n");
        Assert.Empty(tree.Diagnostics);
        var statement = Assert.Single(((ProgramDeclarationSyntax)tree.Root.Declarations[0]).Statements);
        Assert.Equal(kind, statement.Kind);
        AssertRoundTrips(tree);
    }

    [Theory]
    [InlineData("xAlarm S= xFault;", SyntaxKind.SetAssignToken, "S=")]
    [InlineData("xAlarm R= xAck;", SyntaxKind.ResetAssignToken, "R=")]
    [InlineData("refDrive REF= fbDrive1;", SyntaxKind.RefAssignToken, "REF=")]
    [InlineData("x := 1;", SyntaxKind.ColonEqualsToken, ":=")]
    public void Assignment_operators_are_one_token(string source, SyntaxKind kind, string text)
    {
        var assignment = Assert.IsType<AssignmentStatementSyntax>(ParseStatements(source)[0]);
        Assert.Equal(kind, assignment.OperatorToken.Kind);
        Assert.Equal(text, assignment.OperatorToken.Text);
    }

    [Fact]
    public void If_exposes_condition_elsif_and_else()
    {
        var source = """
            IF NOT xEStopOk THEN
                xMotor := FALSE;
            ELSIF xStart AND xGuardClosed THEN
                xMotor := TRUE;
                nStarts := nStarts + 1;
            ELSIF xStop THEN
                xMotor := FALSE;
            ELSE
                ;
            END_IF
            """;
        var statement = Assert.IsType<IfStatementSyntax>(ParseStatements(source)[0]);
        Assert.Equal("Not(xEStopOk)", Shape(statement.Condition));
        Assert.Single(statement.Statements);
        Assert.Equal(2, statement.ElseIfClauses.Count);
        Assert.Equal(2, statement.ElseIfClauses[0].Statements.Count);
        Assert.Equal("xStop", statement.ElseIfClauses[1].Condition.ToString());
        Assert.NotNull(statement.ElseClause);
        Assert.IsType<EmptyStatementSyntax>(Assert.Single(statement.ElseClause!.Statements));
        Assert.Null(statement.Semicolon);
    }

    [Fact]
    public void Case_reads_value_lists_ranges_enum_labels_and_else()
    {
        var source = """
            CASE eState OF
                E_State.Idle, E_State.Stopped:
                    xMotor := FALSE;
                1..5, 7:
                    nStep := nStep + 1;
                    IF nStep > 3 THEN
                        eState := E_State.Running;
                    END_IF
                -1:
                    RETURN;
                Running:
                    xMotor := TRUE;
            ELSE
                eState := E_State.Fault;
                xAlarm := TRUE;
            END_CASE
            """;
        var statement = Assert.IsType<CaseStatementSyntax>(ParseStatements(source)[0]);
        Assert.Equal(4, statement.Elements.Count);
        Assert.Equal(["E_State.Idle", "E_State.Stopped"], statement.Elements[0].Labels.Select(Shape));
        Assert.Equal(["1..5", "7"], statement.Elements[1].Labels.Select(Shape));
        Assert.Equal(2, statement.Elements[1].Statements.Count);
        Assert.Equal("Negate(1)", Shape(statement.Elements[2].Labels[0]));
        Assert.Equal("Running", Shape(statement.Elements[3].Labels[0]));
        Assert.Equal(2, statement.ElseClause!.Statements.Count);
    }

    [Fact]
    public void For_exposes_variable_bounds_and_step()
    {
        var statement = Assert.IsType<ForStatementSyntax>(ParseStatements("FOR i := nFirst TO nLast - 1 BY 2 DO\n  aOut[i] := FALSE;\nEND_FOR;")[0]);
        Assert.Equal("i", statement.Variable.ToString());
        Assert.Equal("nFirst", statement.Start.ToString());
        Assert.Equal("Subtract(nLast, 1)", Shape(statement.End));
        Assert.Equal("2", statement.Step!.ToString());
        Assert.Single(statement.Statements);
        Assert.NotNull(statement.Semicolon);
    }

    [Fact]
    public void For_without_step_has_no_by()
    {
        var statement = Assert.IsType<ForStatementSyntax>(ParseStatements("FOR i := 0 TO 9 DO END_FOR")[0]);
        Assert.Null(statement.ByKeyword);
        Assert.Null(statement.Step);
        Assert.Empty(statement.Statements);
    }

    [Fact]
    public void Repeat_has_body_and_until_condition()
    {
        var statement = Assert.IsType<RepeatStatementSyntax>(ParseStatements("REPEAT\n  n := n - 1;\nUNTIL n <= 0 OR xAbort\nEND_REPEAT")[0]);
        Assert.Single(statement.Statements);
        Assert.Equal("Or(LessThanOrEqual(n, 0), xAbort)", Shape(statement.Condition));
    }

    [Fact]
    public void Nested_loops_and_ifs_close_in_order()
    {
        var source = """
            FOR i := 1 TO 4 DO
                WHILE aBusy[i] DO
                    IF aFault[i] THEN
                        EXIT;
                    END_IF
                END_WHILE
            END_FOR
            """;
        var tree = Parse($"PROGRAM P\n{source}\nEND_PROGRAM");
        Assert.Empty(tree.Diagnostics);
        var exit = tree.Root.DescendantNodes().OfType<ExitStatementSyntax>().Single();
        Assert.Equal([SyntaxKind.IfStatement, SyntaxKind.WhileStatement, SyntaxKind.ForStatement],
            exit.Ancestors().Take(3).Select(node => node.Kind));
    }

    [Fact]
    public void Keywords_are_case_insensitive()
    {
        var tree = Parse("program P\nvar x : int; end_var\nif x > 0 then x := 0; elsif x < 0 then x := 1; else x := 2; end_if\nEnd_Program");
        Assert.Empty(tree.Diagnostics);
        Assert.IsType<IfStatementSyntax>(((ProgramDeclarationSyntax)tree.Root.Declarations[0]).Statements[0]);
    }

    [Fact]
    public void Comparison_written_as_statement_is_a_warning()
    {
        var tree = Parse("PROGRAM P\nxMotor = TRUE;\nEND_PROGRAM");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(SyntaxDiagnosticCodes.ComparisonAsStatement, diagnostic.Code);
        Assert.Equal(new PlcFleet.StructuredText.Text.LinePosition(2, 8), diagnostic.Start);
    }

    [Fact]
    public void A_variable_named_like_a_contextual_word_is_still_a_variable()
    {
        var statements = ParseStatements("Region := 3;\nBegin := TRUE;\nS := 1;\nR(x);");
        Assert.Equal([SyntaxKind.AssignmentStatement, SyntaxKind.AssignmentStatement, SyntaxKind.AssignmentStatement, SyntaxKind.ExpressionStatement],
            statements.Select(statement => statement.Kind));
    }

    [Fact]
    public void S_compared_with_space_is_a_comparison_not_a_set()
    {
        var statement = Assert.IsType<IfStatementSyntax>(ParseStatements("IF S = 1 THEN x := 1; END_IF")[0]);
        Assert.Equal(SyntaxKind.EqualsExpression, statement.Condition.Kind);
    }
}
