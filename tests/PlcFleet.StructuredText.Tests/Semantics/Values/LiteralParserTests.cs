using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.StructuredText.Tests.Semantics.Values;

public sealed class LiteralParserTests
{
    private static ConstantValue Ok(string text)
    {
        var result = LiteralParser.Parse(text);
        Assert.True(result.Succeeded, $"{text}: {result.Error}");
        return result.Value;
    }

    [Theory]
    [InlineData("42", 42, "DINT")]
    [InlineData("1_000_000", 1000000, "DINT")]
    [InlineData("-17", -17, "DINT")]
    [InlineData("+5", 5, "DINT")]
    [InlineData("2#1010_1010", 170, "DINT")]
    [InlineData("8#777", 511, "DINT")]
    [InlineData("16#FF", 255, "DINT")]
    [InlineData("16#ff_ff", 65535, "DINT")]
    [InlineData("3000000000", 3000000000, "LINT")]
    [InlineData("INT#16#7FFF", 32767, "INT")]
    [InlineData("SINT#-128", -128, "SINT")]
    [InlineData("USINT#255", 255, "USINT")]
    [InlineData("BYTE#16#FF", 255, "BYTE")]
    [InlineData("WORD#2#1111_0000", 240, "WORD")]
    [InlineData("UDINT#4294967295", 4294967295, "UDINT")]
    [InlineData("int#-32768", -32768, "INT")]
    public void Integer_literals_read_in_every_base(string text, long expected, string type)
    {
        var value = Assert.IsType<IntegerValue>(Ok(text));
        Assert.Equal((Int128)expected, value.Value);
        Assert.Equal(type, value.Type.Name);
    }

    [Fact]
    public void ULINT_maximum_reads_exactly()
    {
        var value = Assert.IsType<IntegerValue>(Ok("ULINT#18446744073709551615"));
        Assert.Equal((Int128)ulong.MaxValue, value.Value);
        Assert.Equal(ElementaryType.ULInt, Assert.IsType<IntegerValue>(Ok("16#FFFF_FFFF_FFFF_FFFF")).Type);
    }

    [Theory]
    [InlineData("42", false)]
    [InlineData("1.5", false)]
    [InlineData("INT#42", true)]
    [InlineData("TRUE", true)]
    [InlineData("T#1s", true)]
    [InlineData("'text'", true)]
    public void Plain_numbers_are_untyped_so_context_decides(string text, bool typed) =>
        Assert.Equal(typed, LiteralParser.Parse(text).IsTyped);

    [Theory]
    [InlineData("1.5", 1.5, "LREAL")]
    [InlineData("0.001", 0.001, "LREAL")]
    [InlineData("1.0E3", 1000.0, "LREAL")]
    [InlineData("2.5e-3", 0.0025, "LREAL")]
    [InlineData("1E6", 1e6, "LREAL")]
    [InlineData("-3.25", -3.25, "LREAL")]
    [InlineData("1_000.5", 1000.5, "LREAL")]
    [InlineData("REAL#1.5", 1.5, "REAL")]
    [InlineData("REAL#5", 5.0, "REAL")]
    [InlineData("LREAL#-2.0E-10", -2.0e-10, "LREAL")]
    public void Real_literals_with_exponents(string text, double expected, string type)
    {
        var value = Assert.IsType<RealValue>(Ok(text));
        Assert.Equal(expected, value.Value, 12);
        Assert.Equal(type, value.Type.Name);
    }

    [Fact]
    public void REAL_literal_is_rounded_to_single_precision() =>
        Assert.Equal((double)0.1f, Assert.IsType<RealValue>(Ok("REAL#0.1")).Value);

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("BOOL#1", true)]
    [InlineData("BOOL#0", false)]
    [InlineData("BOOL#TRUE", true)]
    [InlineData("BOOL#FALSE", false)]
    public void Boolean_literals(string text, bool expected) =>
        Assert.Equal(expected, Assert.IsType<BoolValue>(Ok(text)).Value);

    [Theory]
    [InlineData("T#1d2h3m4s5ms6us7ns", 93_784_005_006_007L)]
    [InlineData("T#1.5s", 1_500_000_000L)]
    [InlineData("TIME#-250ms", -250_000_000L)]
    [InlineData("t#100MS", 100_000_000L)]
    [InlineData("T#90m", 5_400_000_000_000L)]
    [InlineData("T#1h_30m", 5_400_000_000_000L)]
    [InlineData("T#0s", 0L)]
    [InlineData("T#2.5h", 9_000_000_000_000L)]
    [InlineData("T#5ms", 5_000_000L)]
    [InlineData("T#1m5s", 65_000_000_000L)]
    [InlineData("LT#100d", 8_640_000_000_000_000L)]
    [InlineData("LTIME#1us500ns", 1_500L)]
    public void Duration_literals_to_nanoseconds(string text, long nanoseconds)
    {
        var value = Assert.IsType<DurationValue>(Ok(text));
        Assert.Equal(nanoseconds, value.Nanoseconds);
        Assert.Equal(text.StartsWith('L') ? ElementaryType.LTime : ElementaryType.Time, value.Type);
    }

    [Theory]
    [InlineData("D#2024-01-31", 2024, 1, 31, "DATE")]
    [InlineData("DATE#2019-9-3", 2019, 9, 3, "DATE")]
    [InlineData("LDATE#2200-12-31", 2200, 12, 31, "LDATE")]
    [InlineData("D#2024-02-29", 2024, 2, 29, "DATE")]
    public void Date_literals(string text, int year, int month, int day, string type)
    {
        var value = Assert.IsType<DateValue>(Ok(text));
        Assert.Equal(new DateOnly(year, month, day), value.Value);
        Assert.Equal(type, value.Type.Name);
    }

    [Theory]
    [InlineData("TOD#13:45:00.5", 49_500_500_000_000L)]
    [InlineData("TIME_OF_DAY#00:00:00", 0L)]
    [InlineData("TOD#23:59:59.999", 86_399_999_000_000L)]
    [InlineData("LTOD#06:30:00.000000001", 23_400_000_000_001L)]
    [InlineData("TOD#8:15", 29_700_000_000_000L)]
    public void Time_of_day_literals(string text, long nanoseconds) =>
        Assert.Equal(nanoseconds, Assert.IsType<TimeOfDayValue>(Ok(text)).NanosecondsSinceMidnight);

    [Theory]
    [InlineData("DT#2024-01-31-13:45:00", "2024-01-31T13:45:00")]
    [InlineData("DATE_AND_TIME#1970-01-01-00:00:00", "1970-01-01T00:00:00")]
    [InlineData("LDT#2030-06-15-08:00:00.25", "2030-06-15T08:00:00.25")]
    public void Date_and_time_literals(string text, string expected)
    {
        var value = Assert.IsType<DateAndTimeValue>(Ok(text));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.ToDateTime());
    }

    [Theory]
    [InlineData("'Door open'", "Door open")]
    [InlineData("'It$'s'", "It's")]
    [InlineData("'100$$'", "100$")]
    [InlineData("'Line1$NLine2'", "Line1\nLine2")]
    [InlineData("'a$Lb$Rc$Td$Pe'", "a\nb\rc\td\fe")]
    [InlineData("'$0A'", "\n")]
    [InlineData("'say \"hi\"'", "say \"hi\"")]
    [InlineData("''", "")]
    [InlineData("STRING#'E-Stop'", "E-Stop")]
    public void String_literals_resolve_dollar_escapes(string text, string expected)
    {
        var value = Assert.IsType<StringValue>(Ok(text));
        Assert.Equal(expected, value.Value);
        Assert.False(value.StringType.IsWide);
    }

    [Theory]
    [InlineData("\"Motor\"", "Motor")]
    [InlineData("\"$0041$00E9\"", "Aé")]
    [InlineData("\"It's $\"ok$\"\"", "It's \"ok\"")]
    [InlineData("WSTRING#\"Ω\"", "Ω")]
    public void Wide_string_literals(string text, string expected)
    {
        var value = Assert.IsType<StringValue>(Ok(text));
        Assert.Equal(expected, value.Value);
        Assert.True(value.StringType.IsWide);
    }

    [Fact]
    public void Char_literals_hold_one_character()
    {
        Assert.Equal('A', Assert.IsType<CharValue>(Ok("CHAR#'A'")).Value);
        Assert.Equal('\n', Assert.IsType<CharValue>(Ok("WCHAR#\"$000A\"")).Value);
    }

    [Theory]
    [InlineData("SINT#300", 5)]
    [InlineData("USINT#-1", 6)]
    [InlineData("BYTE#256", 5)]
    [InlineData("INT#16#FFFF", 4)]
    [InlineData("BOOL#2", 5)]
    [InlineData("REAL#1.0E39", 5)]
    [InlineData("INT#1.5", 4)]
    [InlineData("99999999999999999999", 0)]
    [InlineData("T#50d", 2)]
    [InlineData("D#1969-12-31", 2)]
    [InlineData("DT#2200-01-01-00:00:00", 3)]
    public void Values_outside_their_type_are_range_errors_at_the_value(string text, int offset)
    {
        var result = LiteralParser.Parse(text);
        Assert.False(result.Succeeded);
        Assert.Equal(offset, result.Error!.Offset);
    }

    [Theory]
    [InlineData("12a", 2)]
    [InlineData("1__0", 1)]
    [InlineData("1_", 1)]
    [InlineData("3#12", 0)]
    [InlineData("16#FG", 4)]
    [InlineData("2#102", 4)]
    [InlineData("1.", 2)]
    [InlineData("1.5E", 4)]
    [InlineData("FOO#12", 0)]
    [InlineData("T#1x", 3)]
    [InlineData("T#1s2m", 5)]
    [InlineData("T#1h75m", 4)]
    [InlineData("T#1.5s2ms", 6)]
    [InlineData("T#", 2)]
    [InlineData("D#2024-13-01", 7)]
    [InlineData("D#2023-02-29", 10)]
    [InlineData("D#2024/01/01", 6)]
    [InlineData("TOD#24:00:00", 4)]
    [InlineData("TOD#12:60:00", 7)]
    [InlineData("DT#2024-01-31 13:45:00", 13)]
    [InlineData("'unterminated", 13)]
    [InlineData("'bad $Q escape'", 5)]
    [InlineData("'it's'", 3)]
    [InlineData("'$4'", 1)]
    [InlineData("STRING#\"wide\"", 7)]
    [InlineData("CHAR#'AB'", 5)]
    [InlineData("BOOL#MAYBE", 5)]
    [InlineData("", 0)]
    public void Malformed_literals_report_the_offending_offset(string text, int offset)
    {
        var result = LiteralParser.Parse(text);
        Assert.False(result.Succeeded);
        Assert.Equal(offset, result.Error!.Offset);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
    }

    [Fact]
    public void Range_error_names_the_type_and_its_limits()
    {
        var error = LiteralParser.Parse("SINT#300").Error!;
        Assert.Equal("300 does not fit SINT (-128..127)", error.Message);
    }
}
