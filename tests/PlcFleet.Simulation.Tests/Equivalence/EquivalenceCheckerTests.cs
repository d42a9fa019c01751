using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Native;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Scenarios;
using PlcFleet.Simulation.Tests.TestPrograms;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Equivalence;

public sealed class EquivalenceCheckerTests
{
    [Fact]
    public void A_refactoring_to_an_RS_block_is_equivalent()
    {
        var result = EquivalenceChecker.Check(() => new ConveyorProgram(), () => new ConveyorWithRsBlock(), new EquivalenceOptions { Seed = 42, RandomTraces = 50 });
        Assert.True(result.IsEquivalent, result.ToText());
        Assert.Equal(50, result.TracesRun);
        Assert.Equal(25_000, result.CyclesRun);
        Assert.Equal(["Motor_Run", "Horn", "Line_Ready", "Speed_Out"], result.ComparedSignals);
        Assert.Equal("EQUIVALENT: no difference in 4 compared signals over 50 traces, 25000 cycles (seed 42); ran every requested trace", result.ToText().Split(Environment.NewLine)[0]);
    }

    [Fact]
    public void A_motor_that_restarts_without_a_start_edge_is_caught_and_shrunk()
    {
        var result = EquivalenceChecker.Check(() => new ConveyorProgram(), () => new ConveyorRestartsWithoutStartEdge(), new EquivalenceOptions { Seed = 7 });
        Assert.False(result.IsEquivalent);
        var counterexample = result.Counterexample!;
        Assert.Equal("Motor_Run", counterexample.Divergence.Signal);
        Assert.Equal(("FALSE", "TRUE"), (counterexample.Divergence.BeforeValue, counterexample.Divergence.AfterValue));
        Assert.Equal(3, counterexample.Shrunk.Segments.Count);
        Assert.Equal(3, counterexample.Shrunk.TotalCycles);
        Assert.True(counterexample.Shrunk.TotalCycles < counterexample.Original.TotalCycles);

        // The shrunk trace on its own still shows the same difference.
        var replayed = EquivalenceChecker.Replay(() => new ConveyorProgram(), () => new ConveyorRestartsWithoutStartEdge(), counterexample.Shrunk);
        Assert.Equal(counterexample.Divergence, replayed);

        // The replay table shows the motor coming back on by itself in the last scan.
        var last = counterexample.Replay.Rows[^1];
        Assert.Equal(["FALSE", "TRUE"], last.Values.TakeLast(2).Select(v => v.ToString()));
        Assert.Equal(counterexample.Shrunk.TotalCycles, counterexample.Replay.Rows.Count);

        // And it tells the story: running, e-stop or guard drops, comes back, the motor restarts by itself.
        var inputs = counterexample.Shrunk.Segments.SelectMany(s => s.Changes.Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Start_PB", inputs);
        Assert.True(inputs.Contains("EStop_OK") || inputs.Contains("Guard_Closed"));
    }

    [Fact]
    public void The_report_names_the_difference_the_seed_and_the_minimal_trace()
    {
        var result = EquivalenceChecker.Check(() => new ValveProgram(), () => new ValveProgram(interlocked: false), new EquivalenceOptions { Seed = 3 });
        var text = result.ToText();
        Assert.StartsWith("NOT EQUIVALENT\n  Valve_Open differs at cycle 0 (0s): before FALSE, after TRUE\n  found by random trace ", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("(seed 3; replay with the same seed)", text, StringComparison.Ordinal);
        Assert.EndsWith(
            "minimal input trace (1 segment, 1 cycle, " + result.Counterexample!.ShrinkReplays + " replays to shrink):\n"
            + "    cycle 0 (0s): Close_Cmd := TRUE, Open_Cmd := TRUE; hold 1 cycle\n"
            + "  replayed:\n"
            + "    cycle  time  Close_Cmd  Open_Cmd  Valve_Open (before)  Valve_Open (after)\n"
            + "    0      0s    TRUE       TRUE      FALSE                TRUE\n",
            text.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_allowed_to_change_are_not_compared()
    {
        var options = new EquivalenceOptions { Seed = 1, AllowedToChange = ["Valve_Open", "Valve_Close"] };
        var result = EquivalenceChecker.Check(() => new ValveProgram(), () => new ValveProgram(interlocked: false), options);
        Assert.True(result.IsEquivalent, result.ToText());
        Assert.Empty(result.ComparedSignals);
    }

    [Fact]
    public void Renamed_and_retyped_signals_are_compared_through_the_map()
    {
        var renames = new Dictionary<string, (string, PlcType?)>
        {
            ["Motor_Run"] = ("Motor_On", null),
            ["Speed_SP"] = ("Speed_Setpoint", PlcType.DInt),
            ["Speed_Out"] = ("Speed_Cmd", PlcType.LReal),
        };
        IProgramInstance After() => new RenamedProgram(new ConveyorProgram(), renames);
        var map = new Dictionary<string, string> { ["Motor_Run"] = "Motor_On", ["Speed_SP"] = "Speed_Setpoint", ["Speed_Out"] = "Speed_Cmd" };

        var mapped = EquivalenceChecker.Check(() => new ConveyorProgram(), After, new EquivalenceOptions { Seed = 5, RandomTraces = 10, SignalMap = map });
        Assert.True(mapped.IsEquivalent, mapped.ToText());

        var unmapped = EquivalenceChecker.Check(() => new ConveyorProgram(), After, new EquivalenceOptions { Seed = 5, RandomTraces = 1 });
        Assert.False(unmapped.IsEquivalent);
        Assert.Contains("input Speed_SP has no input counterpart 'Speed_SP' in the after program", unmapped.Problems);
        Assert.Contains("output Motor_Run has no counterpart 'Motor_Run' in the after program", unmapped.Problems);
        Assert.Contains("output Motor_On is new in the after program and not in the allowed-to-change list", unmapped.Problems);
    }

    [Fact]
    public void Internals_are_compared_when_asked()
    {
        var options = new EquivalenceOptions { Seed = 9, RandomTraces = 5, CompareInternals = ["Conveyor1.Running", "Starts"] };
        var result = EquivalenceChecker.Check(() => new ConveyorProgram(), () => new ConveyorWithRsBlock(), options);
        Assert.True(result.IsEquivalent, result.ToText());
        Assert.Contains("Starts", result.ComparedSignals);
    }

    [Fact]
    public void Asking_to_compare_a_signal_that_does_not_exist_is_a_problem_not_a_silent_pass()
    {
        var options = new EquivalenceOptions { Seed = 9, RandomTraces = 1, CompareInternals = ["Conveyor2.Running"] };
        var result = EquivalenceChecker.Check(() => new ConveyorProgram(), () => new ConveyorProgram(), options);
        Assert.False(result.IsEquivalent);
        Assert.Equal(["signal Conveyor2.Running (asked to be compared) does not exist in the before program"], result.Problems);
    }

    [Fact]
    public void Scenario_times_are_converted_to_the_replay_cycle()
    {
        const string yaml = "scenario: s\nprogram: PRG_Conveyor\ncycle: 50ms\nsteps:\n  - at: 0\n    set: { Start_PB: TRUE }\n  - at: 100ms\n    set: { Start_PB: FALSE }\n";
        var scenario = ScenarioParser.Parse(yaml).Scenarios[0];
        var own = ScenarioTrace.FromScenario(scenario, new ConveyorProgram(), [])!;
        var at10 = ScenarioTrace.FromScenario(scenario, new ConveyorProgram(), [], TimeSpan.FromMilliseconds(10))!;
        Assert.Equal([2, 1], own.Trace.Segments.Select(s => s.HoldCycles));
        Assert.Equal([10, 5], at10.Trace.Segments.Select(s => s.HoldCycles));
    }

    [Fact]
    public void The_same_seed_replays_the_same_run()
    {
        EquivalenceResult Run() => EquivalenceChecker.Check(() => new ConveyorProgram(), () => new ConveyorRestartsWithoutStartEdge(), new EquivalenceOptions { Seed = 1234 });
        var first = Run();
        var second = Run();
        Assert.Equal(first.ToText(), second.ToText());
        Assert.Equal(first.Counterexample!.Original, second.Counterexample!.Original);
        Assert.Equal(first.Counterexample.Shrunk, second.Counterexample.Shrunk);
    }

    [Fact]
    public void Without_a_seed_one_is_chosen_and_reported()
    {
        var result = EquivalenceChecker.Check(() => new ValveProgram(), () => new ValveProgram(), new EquivalenceOptions { RandomTraces = 2 });
        Assert.Contains($"(seed {result.Seed})", result.ToText(), StringComparison.Ordinal);
        var replay = EquivalenceChecker.Check(() => new ValveProgram(), () => new ValveProgram(), new EquivalenceOptions { RandomTraces = 2, Seed = result.Seed });
        Assert.Equal(result.ToText().Split(Environment.NewLine)[0], replay.ToText().Split(Environment.NewLine)[0]);
    }

    [Fact]
    public void The_scan_limit_stops_the_search_and_the_report_names_it_not_the_time_budget()
    {
        var options = new EquivalenceOptions { Seed = 2, RandomTraces = 100, CyclesPerTrace = 500, MaxTotalCycles = 1_200, TimeBudget = TimeSpan.FromMinutes(5) };
        var result = EquivalenceChecker.Check(() => new ConveyorProgram(), () => new ConveyorWithRsBlock(), options);
        Assert.True(result.IsEquivalent);
        Assert.Equal(SearchStop.ScanLimit, result.StoppedBy);
        Assert.False(result.BudgetExhausted);
        Assert.Equal(2, result.TracesRun);
        Assert.EndsWith("; stopped at the scan limit", result.ToText().Split(Environment.NewLine)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_only_the_time_budget_bounds_the_search()
    {
        Assert.Null(new EquivalenceOptions().MaxTotalCycles);
        var options = new EquivalenceOptions { Seed = 2, CyclesPerTrace = 20_000, TimeBudget = TimeSpan.FromMilliseconds(400) };
        var result = EquivalenceChecker.Check(() => new ValveProgram(), () => new ValveProgram(), options);
        Assert.Equal(SearchStop.TimeBudget, result.StoppedBy);
        Assert.True(result.CyclesRun > 0, result.SearchSummary());
        Assert.EndsWith("; stopped at the time budget", result.ToText().Split(Environment.NewLine)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_requested_trace_count_is_reported_as_such()
    {
        var result = EquivalenceChecker.Check(() => new ValveProgram(), () => new ValveProgram(), new EquivalenceOptions { Seed = 1, RandomTraces = 3 });
        Assert.Equal(SearchStop.TraceCount, result.StoppedBy);
        Assert.EndsWith("; ran every requested trace", result.ToText().Split(Environment.NewLine)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_budget_stops_the_search()
    {
        var options = new EquivalenceOptions { Seed = 2, RandomTraces = 1_000, TimeBudget = TimeSpan.Zero };
        var result = EquivalenceChecker.Check(() => new ValveProgram(), () => new ValveProgram(), options);
        Assert.True(result.BudgetExhausted);
        Assert.Equal(0, result.TracesRun);
    }

    [Fact]
    public void Scenario_traces_run_first_and_name_their_source()
    {
        const string yaml = """
            scenario: E-stop and reset
            program: PRG_Conveyor
            initial: { EStop_OK: TRUE, Guard_Closed: TRUE }
            steps:
              - at: 0ms
                set: { Start_PB: TRUE }
              - at: 100ms
                set: { EStop_OK: FALSE }
              - at: 200ms
                set: { EStop_OK: TRUE }
              - at: 300ms
                expect: { Motor_Run: FALSE }
            """;
        var diagnostics = new List<PlcFleet.StructuredText.Diagnostics.Diagnostic>();
        var trace = ScenarioTrace.FromScenario(ScenarioParser.Parse(yaml, "estop.scenario.yaml").Scenarios[0], new ConveyorProgram(), diagnostics)!;
        Assert.Empty(diagnostics);
        Assert.Equal([10, 10, 11], trace.Trace.Segments.Select(s => s.HoldCycles));
        Assert.Equal(3, trace.Trace.Segments[0].Changes.Count);

        var options = new EquivalenceOptions { Seed = 11, RandomTraces = 0, Traces = [trace] };
        var result = EquivalenceChecker.Check(() => new ConveyorProgram(), () => new ConveyorRestartsWithoutStartEdge(), options);
        Assert.Equal("scenario 'E-stop and reset' (estop.scenario.yaml)", result.Counterexample!.Source);
        Assert.Equal(20, result.Counterexample.OriginalDivergence.Cycle);
        Assert.Equal(1, result.TracesRun);
    }

    [Fact]
    public void A_scenario_that_does_not_fit_the_program_gives_diagnostics_not_a_trace()
    {
        var diagnostics = new List<PlcFleet.StructuredText.Diagnostics.Diagnostic>();
        var scenario = ScenarioParser.Parse("scenario: x\nprogram: PRG_Conveyor\nsteps:\n  - at: 0\n    set: { StartPB: TRUE }\n", "x.scenario.yaml").Scenarios[0];
        Assert.Null(ScenarioTrace.FromScenario(scenario, new ConveyorProgram(), diagnostics));
        Assert.Equal("x.scenario.yaml:5:12: error SIM1006: PRG_Conveyor has no signal 'StartPB' (did you mean 'Start_PB'?)", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_fault_on_one_side_only_is_a_difference()
    {
        var result = EquivalenceChecker.Check(() => new BatchCounterProgram(), () => new BatchCounterFaultingOnLargeBatches(), new EquivalenceOptions { Seed = 4 });
        var divergence = result.Counterexample!.Divergence;
        Assert.Equal("(runtime fault)", divergence.Signal);
        Assert.Equal("running", divergence.BeforeValue);
        Assert.Equal("IndexOutOfRange at batch.st:22:9", divergence.AfterValue);
        var shrunk = result.Counterexample.Shrunk;
        Assert.Equal(1, shrunk.TotalCycles);
        Assert.Equal("20", Assert.Single(shrunk.Segments[0].Changes).Value.ToString());
    }

    [Fact]
    public void Without_shrinking_the_trace_is_only_cut_at_the_difference()
    {
        var options = new EquivalenceOptions { Seed = 7, Shrink = false };
        var result = EquivalenceChecker.Check(() => new ConveyorProgram(), () => new ConveyorRestartsWithoutStartEdge(), options);
        var counterexample = result.Counterexample!;
        Assert.Equal(0, counterexample.ShrinkReplays);
        Assert.Equal(counterexample.Divergence.Cycle + 1, counterexample.Shrunk.TotalCycles);
    }

    /// <summary>PRG_Batch whose after version indexes a 20-slot array one past its end for the largest batch size.</summary>
    private sealed class BatchCounterFaultingOnLargeBatches : NativeProgram
    {
        private readonly BatchCounterProgram _inner = new();

        public BatchCounterFaultingOnLargeBatches()
            : base("PRG_Batch")
        {
            foreach (var signal in _inner.Signals)
            {
                Declare(signal.Name, signal.Type, signal.Direction, _inner.Get(signal.Name), signal.Range, signal.IsRetain);
            }
        }

        protected override void Execute()
        {
            if (Integer("Batch_Size") >= 20)
            {
                throw new PlcRuntimeFault(RuntimeFaultKind.IndexOutOfRange, "index 20 is outside ARRAY[0..19]", new FaultLocation("batch.st", 22, 9));
            }

            foreach (var input in _inner.Signals.Where(s => s.Direction == SignalDirection.Input))
            {
                _inner.Set(input.Name, Get(input.Name));
            }

            _inner.RunScanCycle(Clock.Now);
            foreach (var output in _inner.Signals.Where(s => s.Direction != SignalDirection.Input))
            {
                Set(output.Name, _inner.Get(output.Name));
            }
        }

        protected override void ResetBlocks()
        {
        }
    }
}
