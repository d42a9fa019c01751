using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Compilation;

public sealed class StProgramInstanceTests
{
    private const string Conveyor = """
        PROGRAM PRG_Conveyor
        VAR_INPUT
            EStop_OK : BOOL;
            Start_PB : BOOL;
            Stop_PB : BOOL;
            Infeed_PE : BOOL;
        END_VAR
        VAR_OUTPUT
            Motor_Run : BOOL;
            Jam_Alarm : BOOL;
        END_VAR
        VAR
            tonJam : TON;
            rtStart : R_TRIG;
        END_VAR
        rtStart(CLK := Start_PB);
        IF NOT EStop_OK OR Stop_PB OR Jam_Alarm THEN
            Motor_Run := FALSE;
        ELSIF rtStart.Q THEN
            Motor_Run := TRUE;
        END_IF;
        tonJam(IN := Motor_Run AND Infeed_PE, PT := T#3S);
        IF tonJam.Q THEN
            Jam_Alarm := TRUE;
        END_IF;
        END_PROGRAM
        """;

    [Fact]
    public void Conveyor_starts_on_start_edge_and_latches_a_jam_after_three_seconds()
    {
        var plc = CompiledProgramFactory.Instance(Conveyor);
        var now = TimeSpan.Zero;
        void Scan(int cycles)
        {
            for (var i = 0; i < cycles; i++)
            {
                now += TimeSpan.FromMilliseconds(10);
                plc.RunScanCycle(now);
            }
        }

        plc.Set("EStop_OK", PlcValue.True);
        plc.Set("Start_PB", PlcValue.True);
        Scan(1);
        Assert.True(plc.Get("Motor_Run").AsBool);
        plc.Set("Start_PB", PlcValue.False);
        plc.Set("Infeed_PE", PlcValue.True);
        Scan(299);
        Assert.False(plc.Get("Jam_Alarm").AsBool);
        Scan(2);
        Assert.True(plc.Get("Jam_Alarm").AsBool);
        Assert.True(plc.Get("tonJam.Q").AsBool);
        Scan(1);
        Assert.False(plc.Get("Motor_Run").AsBool);
    }

    [Fact]
    public void EStop_drops_the_motor_in_the_same_scan()
    {
        var plc = CompiledProgramFactory.Instance(Conveyor);
        plc.Set("EStop_OK", PlcValue.True);
        plc.Set("Start_PB", PlcValue.True);
        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));
        plc.Set("EStop_OK", PlcValue.False);
        Assert.True(plc.Get("Motor_Run").AsBool);
        plc.RunScanCycle(TimeSpan.FromMilliseconds(20));
        Assert.False(plc.Get("Motor_Run").AsBool);
    }

    [Fact]
    public void Case_state_machine_walks_through_its_steps()
    {
        var plc = CompiledProgramFactory.Instance("""
            TYPE E_Step : (Idle, Filling, Mixing, Draining); END_TYPE
            PROGRAM PRG_Mixer
            VAR_INPUT Start : BOOL; Level_High : BOOL; Level_Low : BOOL; END_VAR
            VAR_OUTPUT Valve_In : BOOL; Agitator : BOOL; Valve_Out : BOOL; END_VAR
            VAR Step : E_Step; tMix : TON; END_VAR
            CASE Step OF
                Idle: IF Start THEN Step := Filling; END_IF;
                Filling: IF Level_High THEN Step := Mixing; END_IF;
                Mixing: IF tMix.Q THEN Step := Draining; END_IF;
                Draining: IF Level_Low THEN Step := Idle; END_IF;
            END_CASE;
            tMix(IN := Step = Mixing, PT := T#500MS);
            Valve_In := Step = Filling;
            Agitator := Step = Mixing;
            Valve_Out := Step = Draining;
            END_PROGRAM
            """);
        plc.Set("Start", PlcValue.True);
        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));
        Assert.True(plc.Get("Valve_In").AsBool);
        plc.Set("Level_High", PlcValue.True);
        plc.RunScanCycle(TimeSpan.FromMilliseconds(20));
        Assert.True(plc.Get("Agitator").AsBool);
        for (var t = 30; t <= 600; t += 10)
        {
            plc.RunScanCycle(TimeSpan.FromMilliseconds(t));
        }

        Assert.True(plc.Get("Valve_Out").AsBool);
        Assert.Equal(3, plc.Get("Step").AsInteger);
    }

    [Fact]
    public void Counter_counts_rising_edges_and_loops_sum_an_array()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Packs
            VAR_INPUT Outfeed_PE : BOOL; END_VAR
            VAR_OUTPUT Packs : INT; Layer_Full : BOOL; Total : DINT; END_VAR
            VAR ctu : CTU; weights : ARRAY[1..4] OF INT := [1, 2, 3, 4]; i : INT; END_VAR
            ctu(CU := Outfeed_PE, R := FALSE, PV := 3);
            Packs := ctu.CV;
            Layer_Full := ctu.Q;
            Total := 0;
            FOR i := 1 TO 4 DO
                weights[i] := i * 10;
                Total := Total + weights[i];
            END_FOR;
            END_PROGRAM
            """);
        for (var k = 0; k < 6; k++)
        {
            plc.Set("Outfeed_PE", PlcValue.FromBool(k % 2 == 0));
            plc.RunScanCycle(TimeSpan.FromMilliseconds(10 * (k + 1)));
        }

        Assert.Equal(3, plc.Get("Packs").AsInteger);
        Assert.True(plc.Get("Layer_Full").AsBool);
        Assert.Equal(100, plc.Get("Total").AsInteger);
    }

    [Fact]
    public void Sint_overflow_wraps_like_the_plc()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Wrap
            VAR_OUTPUT s : SINT := 127; w : WORD := 16#FFFF; r : REAL; END_VAR
            s := s + 1;
            w := w + 2;
            r := INT_TO_REAL(7) / 2.0;
            END_PROGRAM
            """);
        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));
        Assert.Equal(-128, plc.Get("s").AsInteger);
        Assert.Equal(1, plc.Get("w").AsInteger);
        Assert.Equal(3.5, plc.Get("r").AsReal);
    }

    [Fact]
    public void Division_by_zero_faults_with_the_statement_position()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Rate
            VAR_INPUT Packs : INT; Minutes : INT; END_VAR
            VAR_OUTPUT Rate : INT; END_VAR
            Rate := Packs / Minutes;
            END_PROGRAM
            """);
        plc.Set("Packs", PlcValue.FromInteger(10, PlcType.Int));
        var fault = Assert.Throws<PlcRuntimeFault>(() => plc.RunScanCycle(TimeSpan.FromMilliseconds(10)));
        Assert.Equal(RuntimeFaultKind.DivisionByZero, fault.Kind);
        Assert.Equal(4, fault.Location!.Line);
        Assert.Equal(1, fault.Location.Column);
    }

    [Fact]
    public void Index_out_of_range_and_runaway_loop_fault()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Faults
            VAR_INPUT Slot : INT; Spin : BOOL; END_VAR
            VAR Buffer : ARRAY[0..9] OF INT; n : DINT; END_VAR
            Buffer[Slot] := 1;
            WHILE Spin DO
                n := n + 1;
            END_WHILE;
            END_PROGRAM
            """);
        plc.Set("Slot", PlcValue.FromInteger(10, PlcType.Int));
        var index = Assert.Throws<PlcRuntimeFault>(() => plc.RunScanCycle(TimeSpan.FromMilliseconds(10)));
        Assert.Equal(RuntimeFaultKind.IndexOutOfRange, index.Kind);
        Assert.Equal(4, index.Location!.Line);

        plc.Set("Slot", PlcValue.FromInteger(0, PlcType.Int));
        plc.Set("Spin", PlcValue.True);
        var watchdog = Assert.Throws<PlcRuntimeFault>(() => plc.RunScanCycle(TimeSpan.FromMilliseconds(20)));
        Assert.Equal(RuntimeFaultKind.Watchdog, watchdog.Kind);
        Assert.Equal(5, watchdog.Location!.Line);
    }

    [Fact]
    public void Warm_restart_keeps_retain_and_resets_the_rest()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Hours
            VAR RETAIN Operating_Cycles : DINT; END_VAR
            VAR Since_Start : DINT; END_VAR
            Operating_Cycles := Operating_Cycles + 1;
            Since_Start := Since_Start + 1;
            END_PROGRAM
            """);
        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));
        plc.RunScanCycle(TimeSpan.FromMilliseconds(20));
        plc.WarmRestart();
        Assert.Equal(2, plc.Get("Operating_Cycles").AsInteger);
        Assert.Equal(0, plc.Get("Since_Start").AsInteger);
    }

    [Fact]
    public void User_function_blocks_keep_state_and_functions_return_values()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Line
            VAR_INPUT Run : BOOL; Feedback : BOOL; Speed : INT; END_VAR
            VAR_OUTPUT K1 : BOOL; Fault : BOOL; SpeedRef : INT; END_VAR
            VAR Motor1 : FB_Motor; END_VAR
            Motor1(Enable := TRUE, Run := Run, Feedback := Feedback, Contactor => K1);
            Fault := Motor1.Fault;
            SpeedRef := Clamp(Speed);
            END_PROGRAM
            """, """
            FUNCTION_BLOCK FB_Motor
            VAR_INPUT Enable : BOOL; Run : BOOL; Feedback : BOOL; FeedbackTime : TIME := T#200MS; END_VAR
            VAR_OUTPUT Contactor : BOOL; Fault : BOOL; END_VAR
            VAR ton1 : TON; END_VAR
            Contactor := Enable AND Run AND NOT Fault;
            ton1(IN := Contactor <> Feedback, PT := FeedbackTime);
            IF ton1.Q THEN Fault := TRUE; Contactor := FALSE; END_IF;
            END_FUNCTION_BLOCK
            FUNCTION Clamp : INT
            VAR_INPUT x : INT; END_VAR
            Clamp := LIMIT(0, x, 100);
            END_FUNCTION
            """);
        plc.Set("Run", PlcValue.True);
        plc.Set("Speed", PlcValue.FromInteger(250, PlcType.Int));
        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));
        Assert.True(plc.Get("K1").AsBool);
        Assert.Equal(100, plc.Get("SpeedRef").AsInteger);
        for (var t = 20; t <= 300; t += 10)
        {
            plc.RunScanCycle(TimeSpan.FromMilliseconds(t));
        }

        Assert.True(plc.Get("Fault").AsBool);
        Assert.False(plc.Get("K1").AsBool);
        Assert.True(plc.Get("Motor1.Fault").AsBool);
    }

    [Fact]
    public void Unknown_program_is_reported_as_an_error_not_an_exception()
    {
        var trees = new[] { PlcFleet.StructuredText.Syntax.SyntaxTree.Parse(new PlcFleet.StructuredText.Text.SourceText("PROGRAM P\nEND_PROGRAM", "p.st"), PlcFleet.StructuredText.Syntax.Dialect.Codesys) };
        var result = StProgramCompiler.Compile(PlcFleet.StructuredText.Semantics.Compilation.Create(trees), "PRG_Missing");
        Assert.False(result.Succeeded);
        Assert.Contains("PRG_Missing", result.Errors[0], StringComparison.Ordinal);
    }
}
