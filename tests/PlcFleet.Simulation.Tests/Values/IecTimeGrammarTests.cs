using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Values;

/// <summary>Scenario durations follow the ST duration grammar: largest unit first, each once, only the last with a fraction.</summary>
public sealed class IecTimeGrammarTests
{
    [Theory]
    [InlineData("T#1s500ms", 1_500_000_000L)]
    [InlineData("1m30s", 90_000_000_000L)]
    [InlineData("T#90m", 5_400_000_000_000L)]
    [InlineData("1.5s", 1_500_000_000L)]
    [InlineData("LTIME#-250ms", -250_000_000L)]
    [InlineData("T#1_000ms", 1_000_000_000L)]
    public void Reads_what_st_reads(string text, long nanoseconds)
    {
        Assert.True(IecTime.TryParse(text, out long parsed, out var error), error);
        Assert.Equal(nanoseconds, parsed);
    }

    [Theory]
    [InlineData("500ms1s", "unit 's' must come before 'ms'")]
    [InlineData("T#1s1s", "must come before")]
    [InlineData("1.5s200ms", "only the last unit of a duration may have a fraction")]
    [InlineData("D#5s", "is not a duration")]
    public void Rejects_what_st_rejects(string text, string message)
    {
        Assert.False(IecTime.TryParse(text, out long _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
