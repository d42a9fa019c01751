using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Values;

public sealed class IecTimeTests
{
    [Theory]
    [InlineData("250ms", 250_000_000L)]
    [InlineData("T#1s", 1_000_000_000L)]
    [InlineData("TIME#1m30s", 90_000_000_000L)]
    [InlineData("LT#1h2m3s4ms5us6ns", 3_723_004_005_006L)]
    [InlineData("t#1.5s", 1_500_000_000L)]
    [InlineData("1d", 86_400_000_000_000L)]
    [InlineData("T#-2s", -2_000_000_000L)]
    [InlineData("T#1_000ms", 1_000_000_000L)]
    [InlineData("T#90m", 5_400_000_000_000L)]
    [InlineData("LTIME#-250ms", -250_000_000L)]
    public void Parses_IEC_duration_literals(string text, long nanoseconds)
    {
        Assert.True(IecTime.TryParse(text, out long ns, out var error), error);
        Assert.Equal(nanoseconds, ns);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("10 parsecs")]
    [InlineData("X#1s")]
    [InlineData("T#")]
    public void Rejects_what_is_not_a_duration(string text)
    {
        Assert.False(IecTime.TryParse(text, out long _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    /// <summary>Scenario durations follow the ST grammar (one owner): largest unit first, each once, only the last with a fraction.</summary>
    [Theory]
    [InlineData("500ms1s", "unit 's' must come before 'ms'")]
    [InlineData("T#1s1s", "must come before")]
    [InlineData("1.5s200ms", "only the last unit of a duration may have a fraction")]
    public void Rejects_what_st_rejects(string text, string message)
    {
        Assert.False(IecTime.TryParse(text, out long _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L, "T#0s")]
    [InlineData(1_500_000_000L, "T#1s500ms")]
    [InlineData(90_000_000_000L, "T#1m30s")]
    [InlineData(3_600_000_000_000L, "T#1h")]
    [InlineData(-10_000_000L, "T#-10ms")]
    [InlineData(1_000L, "T#1us")]
    public void Formats_largest_unit_first(long nanoseconds, string expected) =>
        Assert.Equal(expected, IecTime.Format(nanoseconds));

    [Property]
    public Property Format_and_parse_round_trip() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).Select(n => (long)n * 1_234_567).ToArbitrary(), ns =>
            IecTime.TryParse(IecTime.Format(ns), out long back, out _) && back == ns);
}
