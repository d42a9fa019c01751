using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>The outcome of one scenario run.</summary>
public sealed record ScenarioResult(
    string Scenario,
    string File,
    string Program,
    IReadOnlyList<ScenarioFailure> Failures,
    long CyclesRun,
    TimeSpan SimulatedTime,
    TimeSpan WallTime,
    RuntimeFault? Fault = null)
{
    public bool Passed => Failures.Count == 0;
}

/// <summary>The outcome of a set of scenarios (one file or a whole folder).</summary>
public sealed record ScenarioSuiteResult(IReadOnlyList<ScenarioResult> Results)
{
    public int PassedCount => Results.Count(r => r.Passed);

    public int FailedCount => Results.Count - PassedCount;

    public bool Passed => FailedCount == 0;

    public TimeSpan WallTime => Results.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.WallTime);
}
