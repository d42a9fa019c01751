using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>A scenario checked against a program instance: signals resolved, values typed, invariants compiled.</summary>
public sealed record BoundScenario(
    Scenario Scenario,
    IReadOnlyList<BoundAssignment> Initial,
    IReadOnlyList<BoundAssignment> Sets,
    IReadOnlyList<BoundExpectation> Expectations,
    IReadOnlyList<BoundInvariant> Invariants);

/// <summary>A typed value for a resolved signal, applied at <see cref="At"/>.</summary>
public sealed record BoundAssignment(TimeSpan At, SignalInfo Signal, PlcValue Value, SignalAssignment Source, ScenarioStep? Step);

/// <summary>A typed expected value for a resolved signal, checked from At until At + Within.</summary>
public sealed record BoundExpectation(ScenarioStep Step, SignalInfo Signal, PlcValue Expected, SignalAssignment Source);

/// <summary>An invariant with its compiled condition.</summary>
public sealed record BoundInvariant(ScenarioInvariant Invariant, CompiledCondition Condition);
