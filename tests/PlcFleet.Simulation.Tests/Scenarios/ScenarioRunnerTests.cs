using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Scenarios;
using PlcFleet.Simulation.Tests.TestPrograms;

namespace PlcFleet.Simulation.Tests.Scenarios;

public sealed class ScenarioRunnerTests
{
    private const string EStopScenario = """
        scenario: E-stop drops the conveyor motor
        program: PRG_Conveyor
        initial:
          EStop_OK: TRUE
          Guard_Closed: TRUE
        steps:
          - at: 0ms
            set: { Start_PB: TRUE, Speed_SP: 75 }
          - at: 50ms
            set: { Start_PB: FALSE }
          - at: 100ms
            expect: { Motor_Run: TRUE, Speed_Out: 75, Conveyor1.Running: TRUE }
          - at: 200ms
            set: { EStop_OK: FALSE }
          - at: 200ms
            within: 30ms
            expect: { Motor_Run: FALSE }
        invariants:
          - never: Motor_Run AND NOT EStop_OK
        """;

    private static ScenarioResult RunOn(string yaml, Simulation.Programs.IProgramInstance program, ScenarioRunOptions? options = null)
    {
        var file = ScenarioParser.Parse(yaml, "conveyor.scenario.yaml");
        Assert.Empty(file.Diagnostics);
        return ScenarioRunner.Run(Assert.Single(file.Scenarios), program, options);
    }

    [Fact]
    public void The_e_stop_scenario_passes_on_the_correct_conveyor()
    {
        var result = RunOn(EStopScenario, new ConveyorProgram());
        Assert.True(result.Passed, string.Join("\n", result.Failures));
        Assert.Equal(24, result.CyclesRun); // last step ends at 230ms, plus one cycle: scans at 0..230ms
    }

    [Fact]
    public void A_wrong_expectation_fails_with_expected_actual_and_history()
    {
        var yaml = EStopScenario.Replace("expect: { Motor_Run: TRUE, Speed_Out: 75, Conveyor1.Running: TRUE }", "expect: { Horn: FALSE }", StringComparison.Ordinal);
        var result = RunOn(yaml, new ConveyorProgram());
        var failure = Assert.Single(result.Failures);
        Assert.Equal(ScenarioFailureKind.Expectation, failure.Kind);
        Assert.Equal("conveyor.scenario.yaml:12:15", failure.Location);
        Assert.Equal("step 3: expected Horn = FALSE at 100ms, but it was TRUE (cycle 10, 100ms)", failure.Message);
        Assert.Equal(("FALSE", "TRUE"), (failure.Expected, failure.Actual));
        Assert.Equal(10, failure.History.Rows.Count);
        Assert.Equal(["Horn", "EStop_OK", "Guard_Closed", "Start_PB", "Speed_SP"], failure.History.Signals);
        Assert.Equal(10, failure.History.Rows[^1].Cycle);
    }

    [Fact]
    public void A_within_window_that_never_holds_reports_the_last_scan_of_the_window()
    {
        var yaml = EStopScenario.Replace("set: { EStop_OK: FALSE }", "set: { Speed_SP: 10 }", StringComparison.Ordinal)
            .Replace("  - never: Motor_Run AND NOT EStop_OK", "  - never: NOT Guard_Closed", StringComparison.Ordinal);
        var result = RunOn(yaml, new ConveyorProgram());
        var failure = Assert.Single(result.Failures);
        Assert.Equal("step 5: expected Motor_Run = FALSE within 30ms of 200ms, but it was still TRUE at 230ms", failure.Message);
        Assert.Equal(23, failure.Cycle);
    }

    [Fact]
    public void The_motor_that_ignores_the_e_stop_violates_the_invariant()
    {
        var result = RunOn(EStopScenario, new ConveyorIgnoringEStop());
        Assert.Contains(result.Failures, f => f.Kind == ScenarioFailureKind.Invariant
            && f.Message == "invariant violated at 200ms (cycle 20): never: Motor_Run AND NOT EStop_OK is TRUE (Motor_Run = TRUE, EStop_OK = FALSE)"
            && f.Location == "conveyor.scenario.yaml:19:12");
        Assert.Contains(result.Failures, f => f.Kind == ScenarioFailureKind.Expectation);
        var invariant = result.Failures.First(f => f.Kind == ScenarioFailureKind.Invariant);
        Assert.Equal(["Motor_Run", "EStop_OK"], invariant.History.Signals);
        Assert.Contains("20     200ms  TRUE       FALSE", invariant.History.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_signals_and_wrong_values_are_setup_failures_with_positions()
    {
        var yaml = EStopScenario.Replace("Speed_SP: 75 }", "Speed_SP: fast }", StringComparison.Ordinal)
            .Replace("set: { EStop_OK: FALSE }", "set: { EStopOK: FALSE }", StringComparison.Ordinal);
        var result = RunOn(yaml, new ConveyorProgram());
        Assert.False(result.Passed);
        Assert.Equal(0, result.CyclesRun);
        Assert.Collection(
            result.Failures,
            f => Assert.Equal("conveyor.scenario.yaml:8:38: Speed_SP is INT: 'fast' is not an INT value", f.ToString()),
            f => Assert.Equal("conveyor.scenario.yaml:14:12: PRG_Conveyor has no signal 'EStopOK' (did you mean 'EStop_OK'?)", f.ToString()));
        Assert.All(result.Failures, f => Assert.Equal(ScenarioFailureKind.Setup, f.Kind));
    }

    [Fact]
    public void Setting_an_output_is_rejected()
    {
        var yaml = EStopScenario.Replace("set: { Start_PB: FALSE }", "set: { Motor_Run: FALSE }", StringComparison.Ordinal);
        var failure = Assert.Single(RunOn(yaml, new ConveyorProgram()).Failures);
        Assert.Contains("'Motor_Run' is an output of PRG_Conveyor", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invariant_over_an_unknown_signal_is_a_setup_failure()
    {
        var yaml = EStopScenario.Replace("never: Motor_Run AND NOT EStop_OK", "always: NOT (Valve_Open AND Valve_Close)", StringComparison.Ordinal);
        var failure = Assert.Single(RunOn(yaml, new ConveyorProgram()).Failures);
        Assert.Equal("conveyor.scenario.yaml:19:18: invalid condition 'NOT (Valve_Open AND Valve_Close)': PRG_Conveyor has no signal 'Valve_Open' (the closest signal is 'EStop_OK')", failure.ToString());
    }

    [Fact]
    public void A_scenario_for_another_program_is_rejected()
    {
        var failure = Assert.Single(RunOn(EStopScenario, new ConveyorProgram("PRG_Line2")).Failures);
        Assert.Equal("conveyor.scenario.yaml:2:10: the scenario is for 'PRG_Conveyor' but runs on 'PRG_Line2'", failure.ToString());
    }

    [Fact]
    public void A_runtime_fault_stops_the_run_and_names_the_ST_location()
    {
        const string yaml = """
            scenario: Batch size zero
            program: PRG_Batch
            steps:
              - at: 30ms
                set: { Batch_Size: 0 }
              - at: 100ms
                expect: { Batch_Done: FALSE }
            """;
        var result = ScenarioRunner.Run(ScenarioParser.Parse(yaml, "batch.scenario.yaml").Scenarios[0], new BatchCounterProgramAllowingZero());
        Assert.False(result.Passed);
        Assert.Equal(RuntimeFaultKind.DivisionByZero, result.Fault!.Kind);
        Assert.Equal(3, result.CyclesRun);
        Assert.Equal("batch.st:14:31: runtime fault DivisionByZero in cycle 3 (30ms): division by zero: Batch_Size is 0", result.Failures[0].ToString());
        Assert.Equal("step 2: expected Batch_Done = FALSE at 100ms, but it was (not reached: the program faulted)", result.Failures[1].Message);
    }

    [Fact]
    public void Timers_fire_on_virtual_time_and_the_scenario_cycle_overrides_the_task_cycle()
    {
        const string yaml = """
            scenario: Line ready after 200ms
            program: PRG_Conveyor
            cycle: 50ms
            initial: { EStop_OK: TRUE, Guard_Closed: TRUE }
            steps:
              - at: 0ms
                set: { Start_PB: TRUE }
              - at: 150ms
                expect: { Line_Ready: FALSE, Horn: TRUE }
              - at: 200ms
                expect: { Line_Ready: TRUE }
              - at: 500ms
                expect: { Horn: FALSE }
            """;
        var result = RunOn(yaml, new ConveyorProgram(), new ScenarioRunOptions { TaskCycleTime = TimeSpan.FromMilliseconds(7) });
        Assert.True(result.Passed, string.Join("\n", result.Failures));
        Assert.Equal(11, result.CyclesRun);
    }

    [Fact]
    public void An_expectation_between_scans_is_checked_at_the_next_scan()
    {
        const string yaml = """
            scenario: Horn pulse
            program: PRG_Conveyor
            initial: { EStop_OK: TRUE, Guard_Closed: TRUE }
            steps:
              - at: 0ms
                set: { Start_PB: TRUE }
              - at: 495ms
                expect: { Horn: FALSE }
            """;
        Assert.True(RunOn(yaml, new ConveyorProgram()).Passed);
    }

    [Fact]
    public void Invariants_only_apply_inside_their_from_to_window()
    {
        const string yaml = """
            scenario: Start window
            program: PRG_Conveyor
            initial: { EStop_OK: TRUE, Guard_Closed: TRUE }
            steps:
              - at: 100ms
                set: { Start_PB: TRUE }
              - at: 300ms
                expect: { Motor_Run: TRUE }
            invariants:
              - never: Motor_Run
                to: 90ms
              - always: Motor_Run
                from: 100ms
            """;
        var result = RunOn(yaml, new ConveyorProgram());
        Assert.True(result.Passed, string.Join("\n", result.Failures));
    }

    [Fact]
    public void A_file_is_run_scenario_by_scenario_with_a_fresh_instance_each()
    {
        var yaml = EStopScenario + "\n---\n" + EStopScenario.Replace("E-stop drops", "Again, e-stop drops", StringComparison.Ordinal);
        var created = 0;
        var suite = ScenarioRunner.RunFile(ScenarioParser.Parse(yaml, "conveyor.scenario.yaml"), name =>
        {
            created++;
            return name == "PRG_Conveyor" ? new ConveyorProgram() : null;
        });
        Assert.Equal(2, created);
        Assert.Equal(2, suite.PassedCount);
        Assert.True(suite.Passed);
    }

    [Fact]
    public void A_file_naming_an_unknown_program_fails_at_the_program_key()
    {
        var suite = ScenarioRunner.RunFile(ScenarioParser.Parse(EStopScenario, "conveyor.scenario.yaml"), _ => null);
        Assert.Equal("conveyor.scenario.yaml:2:10: no PROGRAM named 'PRG_Conveyor' in the project", Assert.Single(suite.Results[0].Failures).ToString());
    }

    [Fact]
    public void A_file_with_syntax_errors_reports_them_as_one_failed_result()
    {
        var suite = ScenarioRunner.RunFile(ScenarioParser.Parse("scenario: x\nprogram: P\nsteps: 5\n", "broken.scenario.yaml"), _ => new ConveyorProgram());
        var result = Assert.Single(suite.Results);
        Assert.False(result.Passed);
        Assert.StartsWith("broken.scenario.yaml:3:8: expected a list of steps", result.Failures[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_longer_than_the_cycle_limit_stops_and_says_why()
    {
        var yaml = EStopScenario + "\nduration: 1h\n";
        var result = RunOn(yaml, new ConveyorProgram(), new ScenarioRunOptions { MaxCycles = 100 });
        Assert.Equal(100, result.CyclesRun);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("conveyor.scenario.yaml:1:1: stopped after 100 cycles (1s), the limit for one scenario; shorten the duration or lengthen the cycle", failure.ToString());
    }

    [Fact]
    public void Tracing_an_unknown_signal_is_reported()
    {
        var result = RunOn(EStopScenario, new ConveyorProgram(), new ScenarioRunOptions { Trace = new StringWriter(), TraceSignals = ["Motor_Run", "Motor_Speed"] });
        Assert.Equal("conveyor.scenario.yaml:1:1: cannot trace 'Motor_Speed': PRG_Conveyor has no such signal", Assert.Single(result.Failures).ToString());
    }
}
