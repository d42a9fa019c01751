using FsCheck.Xunit;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.StructuredText.Tests.Semantics.Values;

public sealed class LiteralRoundTripTests
{
    private static ConstantValue RoundTrip(ConstantValue value)
    {
        var text = LiteralFormatter.Format(value);
        var parsed = LiteralParser.Parse(text);
        Assert.True(parsed.Succeeded, $"{text}: {parsed.Error}");
        return parsed.Value;
    }

    [Property]
    public bool Integers_of_every_width_round_trip(long raw, byte pick)
    {
        var integerTypes = ElementaryType.All.Where(t => t.IsIntegral && t != ElementaryType.Bool && t.Category != TypeCategory.Char).ToArray();
        var type = integerTypes[pick % integerTypes.Length];
        var value = new IntegerValue(IntegerArithmetic.Wrap(raw, type), type);
        return RoundTrip(value).Equals(value);
    }

    [Property]
    public bool Durations_round_trip(long nanoseconds)
    {
        var value = new DurationValue(nanoseconds == long.MinValue ? 0 : nanoseconds, ElementaryType.LTime);
        return RoundTrip(value).Equals(value);
    }

    [Property]
    public bool LREAL_round_trips_exactly(double d)
    {
        if (!double.IsFinite(d))
        {
            return true;
        }

        var value = new RealValue(d, ElementaryType.LReal);
        return RoundTrip(value).Equals(value);
    }

    [Property]
    public bool REAL_round_trips_exactly(float f)
    {
        if (!float.IsFinite(f))
        {
            return true;
        }

        var value = new RealValue(f, ElementaryType.Real);
        return RoundTrip(value).Equals(value);
    }

    [Property]
    public bool Strings_round_trip_with_escapes(string? text, bool wide)
    {
        var s = new string((text ?? "").Where(c => !char.IsSurrogate(c) && (wide || c <= '\u00FF')).ToArray());
        var value = StringValue.Literal(s, wide);
        return RoundTrip(value).Equals(value);
    }

    [Property]
    public bool Dates_and_times_round_trip(uint seconds, ushort millis)
    {
        var ns = ((long)(seconds % 4_000_000_000u) * 1_000_000_000) + (millis % 1000 * 1_000_000L);
        var dt = new DateAndTimeValue(ns, ElementaryType.LDateAndTime);
        var tod = new TimeOfDayValue(ns % TimeOfDayValue.NanosecondsPerDay, ElementaryType.TimeOfDay);
        var date = new DateValue(DateOnly.FromDateTime(dt.ToDateTime()), ElementaryType.LDate);
        return RoundTrip(dt).Equals(dt) && RoundTrip(tod).Equals(tod) && RoundTrip(date).Equals(date);
    }

    [Theory]
    [InlineData("T#1h30m", "T#1h30m")]
    [InlineData("T#90m", "T#1h30m")]
    [InlineData("TIME#-250ms", "T#-250ms")]
    [InlineData("T#0ms", "T#0s")]
    [InlineData("16#FF", "DINT#255")]
    [InlineData("REAL#5", "REAL#5.0")]
    [InlineData("TOD#13:45:00.5", "TOD#13:45:00.5")]
    [InlineData("DT#2024-01-31-13:45:00", "DT#2024-01-31-13:45:00")]
    [InlineData("'It$'s $0A'", "'It$'s $N'")]
    [InlineData("CHAR#'$$'", "CHAR#'$$'")]
    public void Formatting_gives_the_canonical_literal(string literal, string canonical) =>
        Assert.Equal(canonical, LiteralFormatter.Format(LiteralParser.Parse(literal).Value!));
}
