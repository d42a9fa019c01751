using PlcFleet.Simulation.Programs.Signals;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>How to run scenarios: the cycle time when a scenario names none, how much history a failure shows, tracing.</summary>
public sealed record ScenarioRunOptions
{
    /// <summary>The cycle time from the CONFIGURATION's TASK, when known; else 10 ms.</summary>
    public TimeSpan? TaskCycleTime { get; init; }

    /// <summary>How many scans of the involved signals a failure report shows.</summary>
    public int HistoryLength { get; init; } = 10;

    /// <summary>Signals to write to <see cref="Trace"/>; empty means all.</summary>
    public IReadOnlyList<string> TraceSignals { get; init; } = [];

    /// <summary>Where to write a VCD trace of the run (the CLI's <c>--trace FILE.vcd</c>); null for none.</summary>
    public TextWriter? Trace { get; init; }

    /// <summary>AT addresses, global list names and dialect of the project, for resolving the scenario's signal names.</summary>
    public SignalDirectory? Signals { get; init; }

    /// <summary>Safety stop for runs whose duration would mean millions of scans.</summary>
    public long MaxCycles { get; init; } = 10_000_000;
}
