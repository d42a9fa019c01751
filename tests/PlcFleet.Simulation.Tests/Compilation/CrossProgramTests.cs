using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>PRG_Other.x: a program reads and writes another program's variables, as CODESYS programs of one application do.</summary>
public sealed class CrossProgramTests
{
    private const string Hmi = """
        PROGRAM PRG_Hmi
        VAR nSpeedSetpoint : INT := 40; bAlarmAck : BOOL; END_VAR
        VAR_OUTPUT bHornLamp : BOOL; END_VAR
        bHornLamp := PRG_Line.bHorn;
        END_PROGRAM
        """;

    private const string Line = """
        FUNCTION_BLOCK FB_HornSilencer
        VAR_INPUT bAck : BOOL; END_VAR
        IF bAck THEN
            PRG_Line.bHorn := FALSE; (* the block reaches the running instance, not a copy *)
        END_IF;
        END_FUNCTION_BLOCK

        PROGRAM PRG_Line
        VAR_INPUT bJam : BOOL; END_VAR
        VAR_OUTPUT nSpeed : INT; bHorn : BOOL; END_VAR
        VAR fbSilencer : FB_HornSilencer; END_VAR
        nSpeed := PRG_Hmi.nSpeedSetpoint;
        IF bJam THEN
            bHorn := TRUE;
            PRG_Hmi.bHornLamp := TRUE;
        END_IF;
        fbSilencer(bAck := PRG_Hmi.bAlarmAck);
        END_PROGRAM
        """;

    [Fact]
    public void Another_programs_variables_are_signals_the_scenario_drives_unless_this_program_writes_them()
    {
        var plc = CompiledProgramFactory.Instance(Line, Hmi);
        var signals = plc.Signals.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

        Assert.Equal(SignalDirection.Input, signals["PRG_Hmi.nSpeedSetpoint"].Direction);
        Assert.Equal(SignalDirection.Input, signals["PRG_Hmi.bAlarmAck"].Direction);
        Assert.Equal(SignalDirection.Internal, signals["PRG_Hmi.bHornLamp"].Direction);
        Assert.DoesNotContain("PRG_Line.bHorn", signals.Keys); // its own variables are listed unqualified
    }

    [Fact]
    public void Reads_see_the_other_programs_initial_value_and_what_the_scenario_sets()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(Line, Hmi));
        plc.Scan();
        Assert.Equal(40, plc.Integer("nSpeed"));

        plc.Set("PRG_Hmi.nSpeedSetpoint", 75, PlcType.Int).Scan();
        Assert.Equal(75, plc.Integer("nSpeed"));
    }

    [Fact]
    public void Writes_reach_the_other_program_and_a_block_writing_PRG_Main_x_writes_the_running_instance()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(Line, Hmi));
        plc.Set("bJam", true).Scan();
        Assert.True(plc.Bool("bHorn"));
        Assert.True(plc.Bool("PRG_Hmi.bHornLamp"));

        plc.Set("bJam", false).Set("PRG_Hmi.bAlarmAck", true).Scan();
        Assert.False(plc.Bool("bHorn"));
    }

    [Fact]
    public void Warm_restart_keeps_the_other_programs_retained_variables()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Counter
            VAR_OUTPUT nTotal : DINT; END_VAR
            PRG_Stats.nShiftTotal := PRG_Stats.nShiftTotal + 1;
            PRG_Stats.nScans := PRG_Stats.nScans + 1;
            nTotal := PRG_Stats.nShiftTotal;
            END_PROGRAM
            """, """
            PROGRAM PRG_Stats
            VAR RETAIN nShiftTotal : DINT; END_VAR
            VAR nScans : DINT; END_VAR
            ;
            END_PROGRAM
            """);
        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));
        plc.RunScanCycle(TimeSpan.FromMilliseconds(20));
        plc.WarmRestart();

        Assert.Equal(2, plc.Get("PRG_Stats.nShiftTotal").AsInteger);
        Assert.Equal(0, plc.Get("PRG_Stats.nScans").AsInteger);
    }
}
