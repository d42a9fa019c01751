using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>
/// A stretch of an input trace: the inputs that change at its start (the others keep their values) and how many
/// scans they are then held for. With <paramref name="WarmRestart"/> the PLC restarts warm before the first of these
/// scans (RETAIN variables keep their values, the others start over; the inputs stay as the plant holds them).
/// </summary>
public sealed record TraceSegment(int HoldCycles, IReadOnlyDictionary<string, PlcValue> Changes, bool WarmRestart = false)
{
    public TraceSegment WithHold(int holdCycles) => this with { HoldCycles = holdCycles };

    public TraceSegment Without(string signal) =>
        this with { Changes = Changes.Where(c => !string.Equals(c.Key, signal, StringComparison.OrdinalIgnoreCase)).ToDictionary(StringComparer.OrdinalIgnoreCase) };

    public TraceSegment With(string signal, PlcValue value)
    {
        var changes = Changes.ToDictionary(StringComparer.OrdinalIgnoreCase);
        changes[signal] = value;
        return this with { Changes = changes };
    }

    public bool Equals(TraceSegment? other) =>
        other is not null && HoldCycles == other.HoldCycles && WarmRestart == other.WarmRestart && Changes.Count == other.Changes.Count
        && Changes.All(c => other.Changes.TryGetValue(c.Key, out var v) && v == c.Value);

    public override int GetHashCode() => HashCode.Combine(HoldCycles, Changes.Count);
}
