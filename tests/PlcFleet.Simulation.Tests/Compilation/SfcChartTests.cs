using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>Textual SFC charts run in the scan simulator: steps, transitions with priority, qualifiers, step time.</summary>
public sealed class SfcChartTests
{
    private const string MixingTank = """
        PROGRAM PRG_Mixer
        VAR_INPUT StartPB : BOOL; LevelHigh : BOOL; LevelLow : BOOL; EStop : BOOL; END_VAR
        VAR_OUTPUT FillValve : BOOL; DrainValve : BOOL; Agitator : BOOL; Batches : INT; Alarm : BOOL; MixedFor : TIME; END_VAR
        INITIAL_STEP Idle : END_STEP
        TRANSITION FROM Idle TO Fill := StartPB AND NOT EStop; END_TRANSITION
        STEP Fill : FillValve(N); END_STEP
        TRANSITION FROM Fill TO Halted := EStop; END_TRANSITION
        TRANSITION FROM Fill TO Mix := LevelHigh; END_TRANSITION
        STEP Mix : Agitator(N); CountBatch(P); Alarm(R); END_STEP
        TRANSITION FROM Mix TO Drain := Mix.T >= T#100ms; END_TRANSITION
        STEP Drain : DrainValve(N); END_STEP
        TRANSITION FROM Drain TO Idle := LevelLow; END_TRANSITION
        STEP Halted : Alarm(S); END_STEP
        TRANSITION FROM Halted TO Idle := NOT EStop; END_TRANSITION
        ACTION CountBatch:
            Batches := Batches + 1;
            MixedFor := Mix.T;
        END_ACTION
        END_PROGRAM
        """;

    [Fact]
    public void Mixing_tank_chart_steps_through_fill_mix_drain_and_runs_its_actions()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(MixingTank));
        plc.Scan();
        Assert.True(plc.Bool("Idle.X"));
        Assert.False(plc.Bool("FillValve"));

        plc.Set("StartPB", true).Scan();
        Assert.True(plc.Bool("Fill.X"));
        Assert.False(plc.Bool("Idle.X"));
        Assert.True(plc.Bool("FillValve"));

        plc.Set("StartPB", false).Set("LevelHigh", true).Scan();
        Assert.True(plc.Bool("Mix.X"));
        Assert.False(plc.Bool("FillValve"));
        Assert.True(plc.Bool("Agitator"));
        Assert.Equal(1, plc.Integer("Batches")); // P: once on activation (its final scan runs the body once more)

        plc.Scan(3);
        Assert.True(plc.Bool("Mix.X"));
        Assert.Equal(2, plc.Integer("Batches")); // the pulse's final scan, then nothing while the step stays active

        plc.Scan(10);
        Assert.True(plc.Bool("Drain.X"));
        Assert.False(plc.Bool("Agitator"));
        Assert.True(plc.Bool("DrainValve"));

        plc.Set("LevelLow", true).Scan();
        Assert.True(plc.Bool("Idle.X"));
        Assert.False(plc.Bool("DrainValve"));
    }

    [Fact]
    public void Earlier_transition_out_of_a_step_has_priority_and_a_stored_action_stays_set_until_reset()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(MixingTank));
        plc.Set("StartPB", true).Scan(2);
        Assert.True(plc.Bool("Fill.X"));

        // Both transitions out of Fill are true: the one written first (to Halted) wins.
        plc.Set("StartPB", false).Set("EStop", true).Set("LevelHigh", true).Scan();
        Assert.True(plc.Bool("Halted.X"));
        Assert.False(plc.Bool("Mix.X"));
        Assert.True(plc.Bool("Alarm"));

        plc.Set("EStop", false).Set("LevelHigh", false).Scan();
        Assert.True(plc.Bool("Idle.X"));
        Assert.True(plc.Bool("Alarm")); // S keeps it after Halted is left

        plc.Set("StartPB", true).Scan().Set("StartPB", false).Set("LevelHigh", true).Scan();
        Assert.True(plc.Bool("Mix.X"));
        Assert.False(plc.Bool("Alarm")); // R in Mix
    }

    [Fact]
    public void Timed_action_qualifier_is_refused_by_the_simulator_with_its_position()
    {
        var result = CompiledProgramFactory.Compile("""
            PROGRAM PRG_Horn
            VAR_OUTPUT Horn : BOOL; END_VAR
            INITIAL_STEP Warn : Horn(D, T#2s); END_STEP
            END_PROGRAM
            """);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("Horn(D, T#2s);", StringComparison.Ordinal) && e.Contains("not supported by the simulator", StringComparison.Ordinal));
    }

    [Fact]
    public void Compound_and_chained_assignments_run_like_their_long_forms()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Counter
            VAR_INPUT Pulses : INT; END_VAR
            VAR_OUTPUT Total : DINT; Flow : REAL := 10.0; Run : BOOL; Pump : BOOL; Rest : DINT; END_VAR
            Total += Pulses;
            Flow *= 0.5;
            Run := Pump := Pulses > 2;
            Rest := MOD(Total, 4);
            END_PROGRAM
            """));

        plc.Set("Pulses", 3, PlcType.Int).Scan(2);
        Assert.Equal(6, plc.Integer("Total"));
        Assert.Equal(2.5, plc.Real("Flow"), 6);
        Assert.True(plc.Bool("Run"));
        Assert.True(plc.Bool("Pump"));
        Assert.Equal(2, plc.Integer("Rest"));
    }

    [Fact]
    public void Edge_qualified_input_is_refused_by_the_simulator_instead_of_reading_the_level()
    {
        var result = CompiledProgramFactory.Compile("""
            FUNCTION_BLOCK FB_Count
            VAR_INPUT Pulse : BOOL R_EDGE; END_VAR
            VAR_OUTPUT N : INT; END_VAR
            IF Pulse THEN N := N + 1; END_IF;
            END_FUNCTION_BLOCK
            PROGRAM PRG_Main
            VAR_INPUT Sensor : BOOL; END_VAR
            VAR Counter : FB_Count; END_VAR
            Counter(Pulse := Sensor);
            END_PROGRAM
            """);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("R_EDGE input 'Pulse'", StringComparison.Ordinal));
    }
}
