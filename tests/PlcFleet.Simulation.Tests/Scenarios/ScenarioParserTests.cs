using PlcFleet.Simulation.Scenarios;

namespace PlcFleet.Simulation.Tests.Scenarios;

public sealed class ScenarioParserTests
{
    private const string EStopScenario = """
        scenario: E-stop drops the conveyor motor
        program: PRG_Conveyor          # the PROGRAM under test
        cycle: 10ms
        initial:
          EStop_OK: TRUE
          Guard_Closed: TRUE
        steps:
          - at: 0ms
            set: { Start_PB: TRUE }
          - at: 50ms
            set: { Start_PB: FALSE }
          - at: 100ms
            expect: { Motor_Run: TRUE }
          - at: 200ms
            set: { EStop_OK: FALSE }
          - at: 200ms
            within: 30ms
            expect: { Motor_Run: FALSE }
        invariants:
          - never: Motor_Run AND NOT EStop_OK
          - always: NOT (Horn AND Stop_PB)
            from: 0ms
            to: T#2s
        duration: 3s
        """;

    [Fact]
    public void Reads_the_documented_example()
    {
        var file = ScenarioParser.Parse(EStopScenario, "conveyor.scenario.yaml");
        Assert.Empty(file.Diagnostics);
        var scenario = Assert.Single(file.Scenarios);
        Assert.Equal("E-stop drops the conveyor motor", scenario.Name);
        Assert.Equal("PRG_Conveyor", scenario.Program);
        Assert.Equal(TimeSpan.FromMilliseconds(10), scenario.Cycle);
        Assert.Equal(["EStop_OK", "Guard_Closed"], scenario.Initial.Select(a => a.Signal));
        Assert.Equal(5, scenario.Steps.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(30), scenario.Steps[4].Within);
        Assert.Equal("FALSE", scenario.Steps[4].Expect[0].Value);
        Assert.Equal(InvariantKind.Never, scenario.Invariants[0].Kind);
        Assert.Equal("NOT (Horn AND Stop_PB)", scenario.Invariants[1].Expression);
        Assert.Equal(TimeSpan.FromSeconds(2), scenario.Invariants[1].To);
        Assert.Equal(TimeSpan.FromSeconds(3), scenario.Duration);
    }

    [Fact]
    public void Keeps_positions_for_later_errors()
    {
        var scenario = ScenarioParser.Parse(EStopScenario, "conveyor.scenario.yaml").Scenarios[0];
        Assert.Equal("conveyor.scenario.yaml:9:12", scenario.Locate(scenario.Steps[0].Set[0].SignalSpan));
        Assert.Equal("conveyor.scenario.yaml:20:12", scenario.Locate(scenario.Invariants[0].ExpressionSpan));
    }

    [Theory]
    [InlineData("scenario: x\nprogram: P\nsteps:\n  - at: 0ms\n    set: { A: TRUE\n", "SIM1001", 6, 1)]
    [InlineData("scenario: x\nprogram: P\nsteps: [at\ninvariants: none\n", "SIM1001", 3, 8)]
    [InlineData("scenario: x\nprogram: P\nstep:\n  - at: 0ms\n", "SIM1002", 3, 1)]
    [InlineData("scenario: x\nprogram: P\nsteps:\n  - at: 0ms\n    sett: { A: TRUE }\n", "SIM1002", 5, 5)]
    [InlineData("scenario: x\nsteps:\n  - at: 0ms\n    set: { A: TRUE }\n", "SIM1003", 1, 1)]
    [InlineData("scenario: x\nprogram: P\nsteps:\n  - at: soon\n    set: { A: TRUE }\n", "SIM1004", 4, 9)]
    [InlineData("scenario: x\nprogram: P\ncycle: 0ms\nsteps:\n  - at: 0ms\n    set: { A: TRUE }\n", "SIM1004", 3, 8)]
    [InlineData("scenario: x\nprogram: P\nsteps:\n  - at: 0ms\n    set: [A, B]\n", "SIM1005", 5, 10)]
    [InlineData("scenario: x\nprogram: P\nsteps:\n  at: 0ms\n", "SIM1005", 4, 3)]
    [InlineData("scenario: x\nprogram: P\nsteps:\n  - at: 0ms\n", "SIM1003", 4, 5)]
    [InlineData("scenario: x\nprogram: P\nsteps:\n  - at: 0ms\n    set: { A: TRUE }\ninvariants:\n  - sometimes: A\n", "SIM1002", 7, 5)]
    [InlineData("scenario: x\nprogram: P\nsteps:\n  - at: 0ms\n    within: 10ms\n    set: { A: TRUE }\n", "SIM1005", 5, 13)]
    [InlineData("- just\n- a list\n", "SIM1005", 1, 1)]
    public void Reports_each_problem_at_its_file_line_and_column(string yaml, string code, int line, int column)
    {
        var file = ScenarioParser.Parse(yaml, "bad.scenario.yaml");
        var diagnostic = Assert.Single(file.Diagnostics, d => d.Code == code);
        Assert.Equal((line, column), (diagnostic.Start.Line, diagnostic.Start.Column));
        Assert.StartsWith($"bad.scenario.yaml:{line}:{column}: error {code}: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_duration_says_what_forms_are_accepted()
    {
        var file = ScenarioParser.Parse("scenario: x\nprogram: P\nsteps:\n  - at: 5 minutes\n    set: { A: TRUE }\n", "bad.scenario.yaml");
        var message = Assert.Single(file.Diagnostics).Message;
        Assert.Contains("expected a unit: d, h, m, s, ms, us or ns", message, StringComparison.Ordinal);
        Assert.Contains("use forms like 250ms, T#1s500ms or 1m30s", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_documents_are_several_scenarios()
    {
        var yaml = "scenario: one\nprogram: P\nsteps:\n  - at: 0\n    set: { A: TRUE }\n---\nscenario: two\nprogram: P\nsteps:\n  - at: 1s\n    expect: { B: 1 }\n";
        var file = ScenarioParser.Parse(yaml);
        Assert.Empty(file.Diagnostics);
        Assert.Equal(["one", "two"], file.Scenarios.Select(s => s.Name));
        Assert.Equal(TimeSpan.Zero, file.Scenarios[0].Steps[0].At);
    }

    [Fact]
    public void Reports_every_problem_not_just_the_first()
    {
        var yaml = "scenario: x\nprogram: P\ncolour: red\nsteps:\n  - at: later\n    set: { A: TRUE }\n  - at: 10ms\n";
        var codes = ScenarioParser.Parse(yaml).Diagnostics.Select(d => d.Code).ToList();
        Assert.Equal(["SIM1002", "SIM1004", "SIM1003"], codes);
    }
}
