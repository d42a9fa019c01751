using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Runtime;

/// <summary>The recorded signals after one scan, in the order of <see cref="SignalHistory.Signals"/>.</summary>
public sealed record CycleSnapshot(long Cycle, TimeSpan Time, IReadOnlyList<PlcValue> Values);
