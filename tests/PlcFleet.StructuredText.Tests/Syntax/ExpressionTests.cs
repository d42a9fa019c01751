using PlcFleet.StructuredText.Syntax;
using static PlcFleet.StructuredText.Tests.Syntax.SyntaxTestHelpers;

namespace PlcFleet.StructuredText.Tests.Syntax;

public sealed class ExpressionTests
{
    [Theory]
    [InlineData("a OR b AND c", "Or(a, And(b, c))")]
    [InlineData("a AND b OR c", "Or(And(a, b), c)")]
    [InlineData("a XOR b OR c", "Or(Xor(a, b), c)")]
    [InlineData("a OR b XOR c", "Or(a, Xor(b, c))")]
    [InlineData("a AND b XOR c", "Xor(And(a, b), c)")]
    [InlineData("a & b OR c", "Or(And(a, b), c)")]
    [InlineData("NOT a = b", "Equals(Not(a), b)")]
    [InlineData("NOT (a = b)", "Not((Equals(a, b)))")]
    [InlineData("-2 ** 2", "Power(Negate(2), 2)")]
    [InlineData("2 ** 3 ** 2", "Power(Power(2, 3), 2)")]
    [InlineData("a + b * c", "Add(a, Multiply(b, c))")]
    [InlineData("a * b + c", "Add(Multiply(a, b), c)")]
    [InlineData("a - b - c", "Subtract(Subtract(a, b), c)")]
    [InlineData("a / b * c", "Multiply(Divide(a, b), c)")]
    [InlineData("a MOD b + c", "Add(Modulo(a, b), c)")]
    [InlineData("a * b ** 2", "Multiply(a, Power(b, 2))")]
    [InlineData("a < b = c > d", "Equals(LessThan(a, b), GreaterThan(c, d))")]
    [InlineData("a <> b AND c >= d", "And(NotEquals(a, b), GreaterThanOrEqual(c, d))")]
    [InlineData("a <= b + 1", "LessThanOrEqual(a, Add(b, 1))")]
    [InlineData("a = b AND c = d OR e", "Or(And(Equals(a, b), Equals(c, d)), e)")]
    [InlineData("a AND_THEN b OR_ELSE c", "OrElse(AndThen(a, b), c)")]
    [InlineData("NOT NOT a", "Not(Not(a))")]
    [InlineData("-a * b", "Multiply(Negate(a), b)")]
    [InlineData("+a - -b", "Subtract(UnaryPlus(a), Negate(b))")]
    [InlineData("(a + b) * c", "Multiply((Add(a, b)), c)")]
    [InlineData("NOT xEStop AND xGuard", "And(Not(xEStop), xGuard)")]
    [InlineData("rTemp > 85.0 OR rPressure > 6.5", "Or(GreaterThan(rTemp, 85.0), GreaterThan(rPressure, 6.5))")]
    public void Operators_follow_IEC_precedence(string expression, string shape) =>
        Assert.Equal(shape, Shape(ParseExpression(expression)));

    [Theory]
    [InlineData("fbTimer.Q", "fbTimer.Q")]
    [InlineData("aValues[i, j + 1]", "aValues[i, Add(j, 1)]")]
    [InlineData("pMotor^.rSpeed", "pMotor^.rSpeed")]
    [InlineData("THIS^.nCount", "THIS^.nCount")]
    [InlineData("SUPER^.Reset()", "Call(SUPER^.Reset; )")]
    [InlineData("fbAxis.MoveAbsolute(rPosition := 10.0)", "Call(fbAxis.MoveAbsolute; rPosition := 10.0)")]
    [InlineData("wStatus.3", "wStatus.3")]
    [InlineData("wStatus.%X3", "wStatus.%X3")]
    [InlineData("aStations[2].fbTimer.ET", "aStations[2].fbTimer.ET")]
    [InlineData("MAX(a, b, 10)", "Call(MAX; a, b, 10)")]
    [InlineData("LIMIT(0, nSpeed * 2, 100)", "Call(LIMIT; 0, Multiply(nSpeed, 2), 100)")]
    [InlineData("GetStation(1)^.xReady", "Call(GetStation; 1)^.xReady")]
    [InlineData("aMatrix[i][j]", "aMatrix[i][j]")]
    [InlineData("INT#5", "INT#5")]
    [InlineData("REAL#-1.5", "REAL#Negate(1.5)")]
    [InlineData("BOOL#TRUE", "BOOL#TRUE")]
    [InlineData("E_State#Running", "E_State#Running")]
    [InlineData("INT#16#FF", "INT#16#FF")]
    [InlineData("STRING#'abc'", "STRING#'abc'")]
    public void Postfix_and_typed_literals_parse_to_the_expected_shape(string expression, string shape) =>
        Assert.Equal(shape, Shape(ParseExpression(expression)));

    [Fact]
    public void Call_arguments_distinguish_inputs_outputs_and_negated_outputs()
    {
        var statement = Assert.IsType<ExpressionStatementSyntax>(ParseStatements("fbTon(IN := xStart, PT := T#5S, Q => xDone, NOT Q => xBusy, ET => );")[0]);
        var arguments = Assert.IsType<InvocationExpressionSyntax>(statement.Expression).ArgumentList.Arguments;
        Assert.Equal(5, arguments.Count);
        Assert.Equal(SyntaxKind.ColonEqualsToken, arguments[0].OperatorToken!.Kind);
        Assert.Equal(SyntaxKind.DurationLiteralToken, ((LiteralExpressionSyntax)arguments[1].Value!).Token.Kind);
        Assert.Equal(SyntaxKind.ArrowToken, arguments[2].OperatorToken!.Kind);
        Assert.Null(arguments[2].NotKeyword);
        Assert.NotNull(arguments[3].NotKeyword);
        Assert.Equal("Q", arguments[3].Name!.Text);
        Assert.Null(arguments[4].Value);
        Assert.Equal(4, arguments.SeparatorCount);
    }

    [Fact]
    public void Positional_arguments_have_no_name()
    {
        var call = Assert.IsType<InvocationExpressionSyntax>(ParseExpression("SEL(xAuto, rManual, rAuto)"));
        Assert.All(call.ArgumentList.Arguments, argument => Assert.Null(argument.Name));
        Assert.Equal(3, call.ArgumentList.Arguments.Count);
    }

    [Theory]
    [InlineData("42", SyntaxKind.IntegerLiteralToken)]
    [InlineData("1_000_000", SyntaxKind.IntegerLiteralToken)]
    [InlineData("16#FFFF", SyntaxKind.IntegerLiteralToken)]
    [InlineData("2#1010_0101", SyntaxKind.IntegerLiteralToken)]
    [InlineData("8#777", SyntaxKind.IntegerLiteralToken)]
    [InlineData("3.14", SyntaxKind.RealLiteralToken)]
    [InlineData("1.0E-6", SyntaxKind.RealLiteralToken)]
    [InlineData("2E10", SyntaxKind.RealLiteralToken)]
    [InlineData("'Conveyor 1'", SyntaxKind.StringLiteralToken)]
    [InlineData("\"wide\"", SyntaxKind.WideStringLiteralToken)]
    [InlineData("T#5s", SyntaxKind.DurationLiteralToken)]
    [InlineData("TIME#1h2m3s4ms", SyntaxKind.DurationLiteralToken)]
    [InlineData("LT#1us500ns", SyntaxKind.DurationLiteralToken)]
    [InlineData("LTIME#2d_3h", SyntaxKind.DurationLiteralToken)]
    [InlineData("t#-250ms", SyntaxKind.DurationLiteralToken)]
    [InlineData("T#1.5s", SyntaxKind.DurationLiteralToken)]
    [InlineData("D#2024-06-01", SyntaxKind.DateLiteralToken)]
    [InlineData("DATE#2024-06-01", SyntaxKind.DateLiteralToken)]
    [InlineData("LDATE#2024-06-01", SyntaxKind.DateLiteralToken)]
    [InlineData("TOD#23:59:59.999", SyntaxKind.TimeOfDayLiteralToken)]
    [InlineData("TIME_OF_DAY#08:00:00", SyntaxKind.TimeOfDayLiteralToken)]
    [InlineData("LTOD#08:00:00", SyntaxKind.TimeOfDayLiteralToken)]
    [InlineData("DT#2024-06-01-12:00:00", SyntaxKind.DateAndTimeLiteralToken)]
    [InlineData("DATE_AND_TIME#2024-06-01-12:00:00", SyntaxKind.DateAndTimeLiteralToken)]
    [InlineData("LDT#2024-06-01-12:00:00.5", SyntaxKind.DateAndTimeLiteralToken)]
    [InlineData("TRUE", SyntaxKind.TrueKeyword)]
    [InlineData("false", SyntaxKind.FalseKeyword)]
    public void Literals_are_single_tokens(string literal, SyntaxKind kind)
    {
        var expression = Assert.IsType<LiteralExpressionSyntax>(ParseExpression(literal));
        Assert.Equal(kind, expression.Token.Kind);
        Assert.Equal(literal, expression.Token.Text);
    }

    [Theory]
    [InlineData("%IX0.1")]
    [InlineData("%QX4.7")]
    [InlineData("%QW4")]
    [InlineData("%MD10")]
    [InlineData("%IB2")]
    [InlineData("%I*")]
    public void Direct_addresses_are_single_tokens(string address)
    {
        var expression = Assert.IsType<DirectAddressSyntax>(ParseExpression(address));
        Assert.Equal(address, expression.Address.Text);
    }

    [Fact]
    public void Siemens_locals_and_quoted_globals_parse_in_SCL()
    {
        var statements = ParseStatements("#Motor := \"Line DB\".Enable AND #Ready;", Dialect.Scl);
        var assignment = Assert.IsType<AssignmentStatementSyntax>(statements[0]);
        Assert.Equal("#Motor", Shape(assignment.Left));
        Assert.Equal("And(\"Line DB\".Enable, #Ready)", Shape(assignment.Right));
    }

    [Fact]
    public void Expression_spans_exclude_trivia()
    {
        var tree = Parse("PROGRAM P\nx :=   a +  b ; // sum\nEND_PROGRAM");
        var assignment = (AssignmentStatementSyntax)((ProgramDeclarationSyntax)tree.Root.Declarations[0]).Statements[0];
        Assert.Equal("a +  b", assignment.Right.ToString());
        Assert.Equal("x :=   a +  b ;", assignment.ToString());
        Assert.Equal("x :=   a +  b ; // sum\n", assignment.ToFullString());
    }
}
