using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Values;

public sealed class PlcValueTests
{
    [Theory]
    [InlineData("TRUE", "BOOL", "TRUE")]
    [InlineData("false", "BOOL", "FALSE")]
    [InlineData("1", "BOOL", "TRUE")]
    [InlineData("-32768", "INT", "-32768")]
    [InlineData("16#FF", "BYTE", "255")]
    [InlineData("2#1010", "USINT", "10")]
    [InlineData("INT#42", "INT", "42")]
    [InlineData("1_000", "DINT", "1000")]
    [InlineData("12.5", "REAL", "12.5")]
    [InlineData("3", "LREAL", "3.0")]
    [InlineData("250ms", "TIME", "T#250ms")]
    [InlineData("T#1s500ms", "TIME", "T#1s500ms")]
    [InlineData("1m30s", "TIME", "T#1m30s")]
    [InlineData("'Line 3'", "STRING", "'Line 3'")]
    [InlineData("Line 3", "STRING", "'Line 3'")]
    public void Parses_scenario_scalars_and_formats_IEC_literals(string text, string type, string expected)
    {
        var ok = PlcValue.TryParse(text, PlcType.FromName(type)!, out var value, out var error);
        Assert.True(ok, error);
        Assert.Equal(expected, value.ToString());
    }

    [Theory]
    [InlineData("maybe", "BOOL", "is not a BOOL")]
    [InlineData("40000", "INT", "outside the range of INT (-32768..32767)")]
    [InlineData("-1", "UINT", "outside the range of UINT")]
    [InlineData("12.5", "INT", "is not an INT value")]
    [InlineData("fast", "REAL", "is not a REAL value")]
    [InlineData("5 minutes", "TIME", "is not a duration")]
    public void Rejects_values_of_the_wrong_type_with_a_reason(string text, string type, string reason)
    {
        Assert.False(PlcValue.TryParse(text, PlcType.FromName(type)!, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Integers_wrap_like_PLC_arithmetic()
    {
        Assert.Equal(-32768, PlcValue.FromInteger(32768, PlcType.Int).AsInteger);
        Assert.Equal(0, PlcValue.FromInteger(256, PlcType.Byte).AsInteger);
        Assert.Equal(255, PlcValue.FromInteger(-1, PlcType.USInt).AsInteger);
    }

    [Fact]
    public void Same_value_across_integer_widths_and_real_tolerance()
    {
        Assert.True(PlcValue.FromInteger(5, PlcType.Int).SameValueAs(PlcValue.FromInteger(5, PlcType.DInt)));
        Assert.False(PlcValue.FromInteger(5, PlcType.Int).SameValueAs(PlcValue.FromInteger(6, PlcType.Int)));
        Assert.True(PlcValue.FromReal(0.1 + 0.2).SameValueAs(PlcValue.FromReal(0.3)));
        Assert.True(PlcValue.FromReal(1.5f, PlcType.Real).SameValueAs(PlcValue.FromReal(1.5)));
        Assert.False(PlcValue.True.SameValueAs(PlcValue.FromReal(1)));
    }

    [Fact]
    public void Converts_between_types_as_an_ST_assignment_would()
    {
        Assert.Equal(PlcValue.FromInteger(300, PlcType.DInt), PlcValue.FromInteger(300, PlcType.Int).ConvertTo(PlcType.DInt));
        Assert.Equal("TRUE", PlcValue.FromInteger(2, PlcType.Int).ConvertTo(PlcType.Bool).ToString());
        Assert.Equal("2.0", PlcValue.FromInteger(2, PlcType.Int).ConvertTo(PlcType.LReal).ToString());
    }

    [Fact]
    public void Default_value_is_a_BOOL_FALSE_and_types_resolve_case_insensitively()
    {
        Assert.Equal("FALSE", default(PlcValue).ToString());
        Assert.Equal(PlcType.Word, PlcType.FromName("word"));
        Assert.Equal(PlcType.String, PlcType.FromName("STRING(80)"));
        Assert.Null(PlcType.FromName("MotorData"));
    }

    [Fact]
    public void Strings_escape_quotes_the_IEC_way()
    {
        Assert.Equal("'it$'s'", PlcValue.FromString("it's").ToString());
    }
}
