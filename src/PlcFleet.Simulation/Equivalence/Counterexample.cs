using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>
/// An input trace on which before and after behave differently: the trace as found, the shrunk trace that still
/// shows the same difference, and the difference itself.
/// </summary>
public sealed record Counterexample(string Source, InputTrace Original, Divergence OriginalDivergence, InputTrace Shrunk, Divergence Divergence, int ShrinkReplays)
{
    /// <summary>The shrunk trace replayed scan by scan: changed inputs and the diverging signal before and after.</summary>
    public SignalTable Replay { get; init; } = SignalTable.Empty;
}
