using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.Scenarios;

public enum ScenarioFailureKind
{
    /// <summary>The scenario does not fit the program (unknown signal, wrong value type, bad condition).</summary>
    Setup,

    /// <summary>An <c>expect</c> step did not hold.</summary>
    Expectation,

    /// <summary>A <c>never</c>/<c>always</c> invariant was violated.</summary>
    Invariant,

    /// <summary>The program stopped with a runtime fault.</summary>
    RuntimeFault,
}

/// <summary>
/// Why a scenario failed, as data: where in the scenario file, what was expected and what the program did, and the
/// last scans of the signals involved.
/// </summary>
public sealed record ScenarioFailure(
    ScenarioFailureKind Kind,
    string Location,
    string Message,
    string? Signal = null,
    string? Expected = null,
    string? Actual = null,
    long? Cycle = null,
    TimeSpan? Time = null)
{
    public SignalTable History { get; init; } = SignalTable.Empty;

    /// <summary>One line: <c>conveyor.scenario.yaml:17:14: expectation failed: ...</c>.</summary>
    public override string ToString() => $"{Location}: {Message}";
}
