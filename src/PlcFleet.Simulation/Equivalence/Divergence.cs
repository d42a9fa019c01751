using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>The first scan where before and after disagree, on which signal, with both values.</summary>
public sealed record Divergence(long Cycle, TimeSpan Time, string Signal, string AfterSignal, string BeforeValue, string AfterValue)
{
    public override string ToString()
    {
        var name = string.Equals(Signal, AfterSignal, StringComparison.OrdinalIgnoreCase) ? Signal : $"{Signal} (after: {AfterSignal})";
        return $"{name} differs at cycle {Cycle} ({IecTime.FormatShort(Time)}): before {BeforeValue}, after {AfterValue}";
    }
}
