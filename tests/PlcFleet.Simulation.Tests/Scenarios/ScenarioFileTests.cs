using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Reporting;
using PlcFleet.Simulation.Scenarios;
using PlcFleet.Simulation.Tests.TestPrograms;

namespace PlcFleet.Simulation.Tests.Scenarios;

public sealed class ScenarioFileTests
{
    private static readonly string DataFile = Path.Combine(AppContext.BaseDirectory, "Scenarios", "Data", "conveyor.scenario.yaml");

    private static ScenarioFile Load() => ScenarioParser.ParseFile(DataFile, "conveyor.scenario.yaml");

    [Fact]
    public void The_conveyor_safety_scenarios_pass_on_the_correct_program()
    {
        var suite = ScenarioRunner.RunFile(Load(), _ => new ConveyorProgram());
        Assert.Equal(3, suite.Results.Count);
        Assert.True(suite.Passed, ScenarioTextReport.Render(suite));
        Assert.Equal(50, suite.Results[0].CyclesRun); // duration 500ms at 10ms
    }

    [Fact]
    public void Only_the_restart_scenario_catches_the_restart_bug()
    {
        var suite = ScenarioRunner.RunFile(Load(), _ => new ConveyorRestartsWithoutStartEdge());
        Assert.Equal([true, false, true], suite.Results.Select(r => r.Passed));
        var failure = Assert.Single(suite.Results[1].Failures);
        Assert.Equal("conveyor.scenario.yaml:36:15: step 4: expected Motor_Run = FALSE at 300ms, but it was TRUE (cycle 30, 300ms)", failure.ToString());
        Assert.Contains("scenarios: 2 passed, 1 failed", ScenarioTextReport.Render(suite), StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_that_ignores_the_e_stop_fails_the_first_scenario_on_invariant_and_expectation()
    {
        var result = ScenarioRunner.RunFile(Load(), _ => new ConveyorIgnoringEStop()).Results[0];
        Assert.Equal(
            [ScenarioFailureKind.Expectation, ScenarioFailureKind.Expectation, ScenarioFailureKind.Invariant],
            result.Failures.Select(f => f.Kind).Order());
    }

    [Fact]
    public void The_scenarios_become_equivalence_traces()
    {
        var traces = Load().Scenarios
            .Select(s => ScenarioTrace.FromScenario(s, new ConveyorProgram(), []))
            .OfType<NamedTrace>()
            .ToList();
        Assert.Equal(3, traces.Count);
        var result = EquivalenceChecker.Check(() => new ConveyorProgram(), () => new ConveyorWithRsBlock(), new EquivalenceOptions { Seed = 1, RandomTraces = 0, Traces = traces });
        Assert.True(result.IsEquivalent, result.ToText());
        Assert.Equal(3, result.TracesRun);
        Assert.Equal(50 + 31 + 31, result.CyclesRun);
    }
}
