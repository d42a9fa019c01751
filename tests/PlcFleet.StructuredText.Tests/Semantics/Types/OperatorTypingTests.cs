using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Tests.Semantics.Types;

public sealed class OperatorTypingTests
{
    private static ElementaryType T(string name) =>
        ElementaryType.TryLookup(name, out var t) ? t : throw new ArgumentException(name);

    [Theory]
    [InlineData(BinaryOperator.Add, "TIME", "TIME", "TIME")]
    [InlineData(BinaryOperator.Subtract, "TIME", "TIME", "TIME")]
    [InlineData(BinaryOperator.Add, "TOD", "TIME", "TOD")]
    [InlineData(BinaryOperator.Subtract, "TOD", "TIME", "TOD")]
    [InlineData(BinaryOperator.Subtract, "TOD", "TOD", "TIME")]
    [InlineData(BinaryOperator.Add, "DT", "TIME", "DT")]
    [InlineData(BinaryOperator.Subtract, "DT", "TIME", "DT")]
    [InlineData(BinaryOperator.Subtract, "DT", "DT", "TIME")]
    [InlineData(BinaryOperator.Subtract, "DATE", "DATE", "TIME")]
    [InlineData(BinaryOperator.Multiply, "TIME", "INT", "TIME")]
    [InlineData(BinaryOperator.Multiply, "TIME", "REAL", "TIME")]
    [InlineData(BinaryOperator.Divide, "TIME", "DINT", "TIME")]
    [InlineData(BinaryOperator.Add, "LTIME", "LTIME", "LTIME")]
    [InlineData(BinaryOperator.Subtract, "LDT", "LDT", "LTIME")]
    [InlineData(BinaryOperator.Add, "TIME", "LTIME", "LTIME")]
    [InlineData(BinaryOperator.Add, "TOD", "LTIME", "LTOD")]
    public void Time_arithmetic_follows_the_standard(BinaryOperator op, string left, string right, string result)
    {
        var resolution = OperatorTyping.Binary(op, T(left), T(right));
        Assert.True(resolution.Succeeded, resolution.Error);
        Assert.Equal(T(result), resolution.ResultType);
    }

    [Theory]
    [InlineData(BinaryOperator.Add, "TOD", "TOD")]
    [InlineData(BinaryOperator.Add, "DT", "DT")]
    [InlineData(BinaryOperator.Add, "DATE", "TIME")]
    [InlineData(BinaryOperator.Multiply, "TIME", "TIME")]
    [InlineData(BinaryOperator.Add, "TIME", "INT")]
    [InlineData(BinaryOperator.Multiply, "INT", "TIME")]
    [InlineData(BinaryOperator.Divide, "TIME", "TIME")]
    public void Meaningless_time_arithmetic_is_an_error(BinaryOperator op, string left, string right)
    {
        var resolution = OperatorTyping.Binary(op, T(left), T(right));
        Assert.False(resolution.Succeeded);
        Assert.Contains(left, resolution.Error, StringComparison.Ordinal);
        Assert.True(resolution.ResultType.IsError);
    }

    [Theory]
    [InlineData(BinaryOperator.Add, "INT", "INT", "INT")]
    [InlineData(BinaryOperator.Add, "INT", "REAL", "REAL")]
    [InlineData(BinaryOperator.Multiply, "SINT", "UINT", "DINT")]
    [InlineData(BinaryOperator.Divide, "DINT", "LREAL", "LREAL")]
    [InlineData(BinaryOperator.Modulo, "DINT", "INT", "DINT")]
    [InlineData(BinaryOperator.Power, "REAL", "INT", "REAL")]
    [InlineData(BinaryOperator.And, "BOOL", "BOOL", "BOOL")]
    [InlineData(BinaryOperator.Or, "BYTE", "WORD", "WORD")]
    [InlineData(BinaryOperator.Xor, "BOOL", "BYTE", "BYTE")]
    [InlineData(BinaryOperator.Less, "INT", "REAL", "BOOL")]
    [InlineData(BinaryOperator.Equal, "TIME", "LTIME", "BOOL")]
    [InlineData(BinaryOperator.GreaterOrEqual, "TOD", "TOD", "BOOL")]
    public void Numeric_bit_and_comparison_operators(BinaryOperator op, string left, string right, string result)
    {
        var resolution = OperatorTyping.Binary(op, T(left), T(right));
        Assert.True(resolution.Succeeded, resolution.Error);
        Assert.Equal(T(result), resolution.ResultType);
    }

    [Theory]
    [InlineData(BinaryOperator.Modulo, "REAL", "REAL")]
    [InlineData(BinaryOperator.Power, "INT", "INT")]
    [InlineData(BinaryOperator.And, "INT", "INT")]
    [InlineData(BinaryOperator.Add, "BOOL", "BOOL")]
    [InlineData(BinaryOperator.Add, "WORD", "INT")]
    [InlineData(BinaryOperator.Less, "INT", "TIME")]
    [InlineData(BinaryOperator.Equal, "DINT", "DWORD")]
    public void Strict_dialect_refuses(BinaryOperator op, string left, string right) =>
        Assert.False(OperatorTyping.Binary(op, T(left), T(right)).Succeeded);

    [Theory]
    [InlineData(BinaryOperator.Power, "INT", "INT", "REAL")]
    [InlineData(BinaryOperator.And, "INT", "INT", "INT")]
    [InlineData(BinaryOperator.Add, "WORD", "INT", "INT")]
    [InlineData(BinaryOperator.Equal, "DINT", "DWORD", "BOOL")]
    public void Lenient_dialect_accepts_what_CODESYS_does(BinaryOperator op, string left, string right, string result)
    {
        var resolution = OperatorTyping.Binary(op, T(left), T(right), ConversionMode.Lenient);
        Assert.True(resolution.Succeeded, resolution.Error);
        Assert.Equal(T(result), resolution.ResultType);
    }

    [Fact]
    public void Error_operands_give_no_new_error()
    {
        Assert.True(OperatorTyping.Binary(BinaryOperator.Add, ErrorType.Instance, ElementaryType.Time).Succeeded);
        Assert.Equal(ElementaryType.Bool, OperatorTyping.Binary(BinaryOperator.Less, ErrorType.Instance, ElementaryType.Int).ResultType);
        Assert.True(OperatorTyping.Unary(UnaryOperator.Not, ErrorType.Instance).Succeeded);
    }

    [Theory]
    [InlineData(UnaryOperator.Negate, "INT", true)]
    [InlineData(UnaryOperator.Negate, "LREAL", true)]
    [InlineData(UnaryOperator.Negate, "TIME", true)]
    [InlineData(UnaryOperator.Negate, "UINT", false)]
    [InlineData(UnaryOperator.Negate, "BOOL", false)]
    [InlineData(UnaryOperator.Not, "BOOL", true)]
    [InlineData(UnaryOperator.Not, "DWORD", true)]
    [InlineData(UnaryOperator.Not, "INT", false)]
    public void Unary_operators(UnaryOperator op, string operand, bool ok) =>
        Assert.Equal(ok, OperatorTyping.Unary(op, T(operand)).Succeeded);

    [Fact]
    public void Enumerations_compare_for_equality_only_in_strict_mode()
    {
        var state = new EnumType("E_ConveyorState", "Idle", "Running", "Fault");
        Assert.True(OperatorTyping.Binary(BinaryOperator.Equal, state, state).Succeeded);
        Assert.False(OperatorTyping.Binary(BinaryOperator.Less, state, state).Succeeded);
        Assert.True(OperatorTyping.Binary(BinaryOperator.Less, state, state, ConversionMode.Lenient).Succeeded);
    }

    [Fact]
    public void Enumerations_compare_with_their_base_integer_only_in_lenient_mode()
    {
        // CODESYS: "HighestPrio = E_AlarmPriority.Critical" with HighestPrio : INT compiles; strict IEC refuses it.
        var priority = new EnumType("E_AlarmPriority", "Critical", "High", "Medium", "Low");
        Assert.True(OperatorTyping.Binary(BinaryOperator.Equal, T("INT"), priority, ConversionMode.Lenient).Succeeded);
        Assert.True(OperatorTyping.Binary(BinaryOperator.Less, priority, T("DINT"), ConversionMode.Lenient).Succeeded);
        Assert.False(OperatorTyping.Binary(BinaryOperator.Equal, T("INT"), priority).Succeeded);
    }
}
