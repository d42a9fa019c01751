using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.StructuredText.Tests.Semantics.Values;

public sealed class ConstantFolderTests
{
    private static ConstantValue L(string literal) => LiteralParser.Parse(literal).Value!;

    private static string Fold(BinaryOperator op, string left, string right)
    {
        var result = ConstantFolder.Binary(op, L(left), L(right));
        return result.Succeeded ? LiteralFormatter.Format(result.Value) : "error: " + result.Error;
    }

    [Theory]
    [InlineData(BinaryOperator.Add, "SINT#127", "SINT#1", "SINT#-128")]
    [InlineData(BinaryOperator.Subtract, "UINT#0", "UINT#1", "UINT#65535")]
    [InlineData(BinaryOperator.Multiply, "INT#300", "INT#300", "INT#24464")]
    [InlineData(BinaryOperator.Add, "INT#10", "DINT#5", "DINT#15")]
    [InlineData(BinaryOperator.Divide, "DINT#-7", "DINT#2", "DINT#-3")]
    [InlineData(BinaryOperator.Modulo, "DINT#-7", "DINT#2", "DINT#-1")]
    [InlineData(BinaryOperator.And, "BYTE#16#F0", "BYTE#16#3C", "BYTE#16#30")]
    [InlineData(BinaryOperator.Xor, "TRUE", "TRUE", "FALSE")]
    [InlineData(BinaryOperator.Add, "REAL#0.1", "REAL#0.2", "REAL#0.3")]
    [InlineData(BinaryOperator.Multiply, "INT#3", "REAL#1.5", "REAL#4.5")]
    [InlineData(BinaryOperator.Power, "LREAL#2.0", "INT#10", "LREAL#1024.0")]
    [InlineData(BinaryOperator.Less, "INT#3", "REAL#3.5", "TRUE")]
    [InlineData(BinaryOperator.Equal, "T#1m", "T#60s", "TRUE")]
    [InlineData(BinaryOperator.Greater, "'B'", "'A'", "TRUE")]
    public void Folds_with_PLC_semantics(BinaryOperator op, string left, string right, string expected) =>
        Assert.Equal(expected, Fold(op, left, right));

    [Theory]
    [InlineData(BinaryOperator.Add, "T#1h", "T#30m", "T#1h30m")]
    [InlineData(BinaryOperator.Subtract, "T#1s", "T#1500ms", "T#-500ms")]
    [InlineData(BinaryOperator.Multiply, "T#250ms", "INT#4", "T#1s")]
    [InlineData(BinaryOperator.Multiply, "T#1s", "REAL#1.5", "T#1s500ms")]
    [InlineData(BinaryOperator.Divide, "T#1s", "DINT#4", "T#250ms")]
    [InlineData(BinaryOperator.Add, "TOD#23:30:00", "T#1h", "TOD#00:30:00")]
    [InlineData(BinaryOperator.Subtract, "TOD#08:00:00", "TOD#06:30:00", "T#1h30m")]
    [InlineData(BinaryOperator.Add, "DT#2024-02-28-23:00:00", "T#2h", "DT#2024-02-29-01:00:00")]
    [InlineData(BinaryOperator.Subtract, "DT#2024-01-02-00:00:00", "DT#2024-01-01-12:00:00", "T#12h")]
    [InlineData(BinaryOperator.Subtract, "D#2024-03-01", "D#2024-02-28", "T#2d")]
    [InlineData(BinaryOperator.Add, "T#1s", "LT#1ns", "LT#1s1ns")]
    public void Folds_time_arithmetic(BinaryOperator op, string left, string right, string expected) =>
        Assert.Equal(expected, Fold(op, left, right));

    [Theory]
    [InlineData(BinaryOperator.Divide, "INT#1", "INT#0", "division by zero")]
    [InlineData(BinaryOperator.Modulo, "INT#1", "INT#0", "division by zero")]
    [InlineData(BinaryOperator.Divide, "REAL#1.0", "REAL#0.0", "division by zero")]
    [InlineData(BinaryOperator.Divide, "T#1s", "INT#0", "division by zero")]
    [InlineData(BinaryOperator.Multiply, "REAL#3.0E38", "REAL#10.0", "not a finite")]
    [InlineData(BinaryOperator.Add, "TOD#10:00:00", "TOD#01:00:00", "not defined")]
    public void Reports_what_cannot_be_folded(BinaryOperator op, string left, string right, string error) =>
        Assert.Contains(error, Fold(op, left, right), StringComparison.Ordinal);

    [Fact]
    public void Unary_folding_wraps_and_complements()
    {
        Assert.Equal("SINT#-128", LiteralFormatter.Format(ConstantFolder.Unary(UnaryOperator.Negate, L("SINT#-128")).Value!));
        Assert.Equal("WORD#16#FF00", LiteralFormatter.Format(ConstantFolder.Unary(UnaryOperator.Not, L("WORD#16#00FF")).Value!));
        Assert.Equal("T#-5s", LiteralFormatter.Format(ConstantFolder.Unary(UnaryOperator.Negate, L("T#5s")).Value!));
        Assert.False(ConstantFolder.Unary(UnaryOperator.Negate, L("'x'")).Succeeded);
    }

    [Theory]
    [InlineData("300", "SINT", "300 does not fit SINT (-128..127)")]
    [InlineData("-1", "UINT", "-1 does not fit UINT (0..65535)")]
    [InlineData("2", "BOOL", "2 does not fit BOOL (0 or 1)")]
    [InlineData("1.5", "INT", "LREAL#1.5 is not a whole number; INT needs one")]
    [InlineData("T#1s", "DINT", "a TIME constant cannot be a DINT")]
    public void Untyped_literals_that_do_not_fit_their_context(string literal, string target, string error)
    {
        Assert.True(ElementaryType.TryLookup(target, out var t));
        Assert.Equal(error, ConstantConversion.FitUntyped(L(literal), t).Error);
    }

    [Theory]
    [InlineData("100", "SINT", "SINT#100")]
    [InlineData("16#FF", "BYTE", "BYTE#16#FF")]
    [InlineData("1", "BOOL", "TRUE")]
    [InlineData("5", "REAL", "REAL#5.0")]
    [InlineData("1.5", "REAL", "REAL#1.5")]
    public void Untyped_literals_take_their_context_type(string literal, string target, string expected)
    {
        Assert.True(ElementaryType.TryLookup(target, out var t));
        Assert.Equal(expected, LiteralFormatter.Format(ConstantConversion.FitUntyped(L(literal), t).Value!));
    }

    [Fact]
    public void Untyped_literal_outside_a_subrange_is_an_error()
    {
        var percent = new SubrangeType(ElementaryType.Int, 0, 100);
        Assert.True(ConstantConversion.FitUntyped(L("100"), percent).Succeeded);
        Assert.Equal("101 is outside INT(0..100)", ConstantConversion.FitUntyped(L("101"), percent).Error);
    }

    [Theory]
    [InlineData("DINT#70000", "INT", "INT#4464")]
    [InlineData("INT#-1", "WORD", "WORD#16#FFFF")]
    [InlineData("REAL#2.5", "INT", "INT#3")]
    [InlineData("REAL#-2.5", "INT", "INT#-3")]
    [InlineData("LREAL#1.4", "DINT", "DINT#1")]
    [InlineData("INT#0", "BOOL", "FALSE")]
    [InlineData("TRUE", "BYTE", "BYTE#16#1")]
    [InlineData("T#1s500ms", "DINT", "DINT#1500")]
    [InlineData("DINT#250", "TIME", "T#250ms")]
    [InlineData("LT#1us", "LINT", "LINT#1000")]
    [InlineData("DT#2024-01-31-13:45:00", "TOD", "TOD#13:45:00")]
    [InlineData("DT#2024-01-31-13:45:00", "DATE", "D#2024-01-31")]
    [InlineData("T#1s", "LTIME", "LT#1s")]
    public void Explicit_conversions_follow_the_TO_functions(string literal, string target, string expected)
    {
        Assert.True(ElementaryType.TryLookup(target, out var t));
        var result = ConstantConversion.Convert(L(literal), t);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, LiteralFormatter.Format(result.Value));
    }

    [Theory]
    [InlineData("INT#-5", true, -5)]
    [InlineData("WORD#16#FF", true, 255)]
    [InlineData("TRUE", true, 1)]
    [InlineData("CHAR#'A'", true, 65)]
    [InlineData("REAL#1.0", false, 0)]
    [InlineData("T#1s", false, 0)]
    public void Integer_view_for_case_labels_and_array_bounds(string literal, bool ok, long expected)
    {
        Assert.Equal(ok, L(literal).TryGetInteger(out var value));
        Assert.Equal((Int128)expected, value);
    }

    [Fact]
    public void Enumeration_members_are_integer_constants()
    {
        var state = new EnumType("E_ConveyorState", [("Idle", null), ("Running", 10L)]);
        var running = new EnumValue(state, state.FindMember("Running")!);
        Assert.True(running.TryGetInteger(out var value));
        Assert.Equal((Int128)10, value);
        Assert.Equal("E_ConveyorState#Running", running.ToString());
    }
}
