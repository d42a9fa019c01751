using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>
/// Initial member values on block instances (tonDoor : TON := (PT := T#2S)), as CODESYS and TwinCAT code declares
/// timer presets and counter limits: the instance starts with them, a call that names the input still overrides them,
/// and a warm restart applies them again.
/// </summary>
public sealed class BlockInstanceInitializerTests
{
    private const string DoorAlarm = """
        PROGRAM PRG_Door
        VAR_INPUT bDoorOpen : BOOL; bPackSensor : BOOL; END_VAR
        VAR_OUTPUT bDoorAlarm : BOOL; bPalletFull : BOOL; nPacks : INT; END_VAR
        VAR
            tonDoorOpen : TON := (PT := T#2S);
            ctuPacks : CTU := (PV := 24);
        END_VAR
        tonDoorOpen(IN := bDoorOpen);
        bDoorAlarm := tonDoorOpen.Q;
        ctuPacks(CU := bPackSensor);
        bPalletFull := ctuPacks.Q;
        nPacks := WORD_TO_INT(ctuPacks.CV);
        END_PROGRAM
        """;

    [Fact]
    public void Door_open_alarm_rises_after_exactly_the_preset_of_the_timer_initializer()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(DoorAlarm)).Set("bDoorOpen", true);
        plc.Scan(200); // the door has been open since the first scan: 1.99 s of the 2 s preset
        Assert.False(plc.Bool("bDoorAlarm"));
        plc.Scan();
        Assert.True(plc.Bool("bDoorAlarm"));
    }

    [Fact]
    public void Pack_counter_is_full_at_the_preset_of_its_initializer()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(DoorAlarm));
        for (var pack = 1; pack <= 23; pack++)
        {
            plc.Set("bPackSensor", true).Scan().Set("bPackSensor", false).Scan();
        }

        Assert.Equal(23, plc.Integer("nPacks"));
        Assert.False(plc.Bool("bPalletFull"));
        plc.Set("bPackSensor", true).Scan();
        Assert.True(plc.Bool("bPalletFull"));
    }

    [Fact]
    public void An_input_named_in_the_call_overrides_the_initializer()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Door
            VAR_INPUT bDoorOpen : BOOL; END_VAR
            VAR_OUTPUT bDoorAlarm : BOOL; END_VAR
            VAR tonDoorOpen : TON := (PT := T#2S); END_VAR
            tonDoorOpen(IN := bDoorOpen, PT := T#500MS);
            bDoorAlarm := tonDoorOpen.Q;
            END_PROGRAM
            """)).Set("bDoorOpen", true);
        plc.Scan(51);
        Assert.True(plc.Bool("bDoorAlarm"));
    }

    private const string GuardBlock = """
        FUNCTION_BLOCK FB_GuardMonitor
        VAR_INPUT bChannelA : BOOL; bChannelB : BOOL; tDiscrepancy : TIME := T#5S; bEnabled : BOOL; END_VAR
        VAR_OUTPUT bFault : BOOL; nFaults : INT := 7; END_VAR
        VAR tonDiscrepancy : TON; END_VAR
        tonDiscrepancy(IN := bEnabled AND (bChannelA <> bChannelB), PT := tDiscrepancy);
        IF tonDiscrepancy.Q AND NOT bFault THEN
            nFaults := nFaults + 1;
        END_IF;
        bFault := tonDiscrepancy.Q;
        END_FUNCTION_BLOCK
        """;

    private const string GuardCell = """
        PROGRAM PRG_Cell
        VAR_INPUT bGateA : BOOL; bGateB : BOOL; bMaintenance : BOOL; END_VAR
        VAR_OUTPUT bGuardFault : BOOL; nFaults : INT; bEnabled : BOOL; END_VAR
        VAR fbGuard : FB_GuardMonitor := (tDiscrepancy := T#500MS, bEnabled := TRUE); END_VAR
        IF bMaintenance THEN
            fbGuard.bEnabled := FALSE;
        END_IF;
        fbGuard(bChannelA := bGateA, bChannelB := bGateB);
        bGuardFault := fbGuard.bFault;
        nFaults := fbGuard.nFaults;
        bEnabled := fbGuard.bEnabled;
        END_PROGRAM
        """;

    [Fact]
    public void User_block_starts_with_the_inputs_its_instance_initializer_names()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(GuardCell, GuardBlock)).Set("bGateA", true);
        plc.Scan(50);
        Assert.False(plc.Bool("bGuardFault"));
        plc.Scan();
        Assert.True(plc.Bool("bGuardFault"));
        Assert.Equal(8, plc.Integer("nFaults")); // the block's own default (7) is kept for members the instance does not name
    }

    [Fact]
    public void Warm_restart_applies_the_instance_initializer_again()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(GuardCell, GuardBlock)).Set("bMaintenance", true).Scan();
        Assert.False(plc.Bool("bEnabled"));
        plc.Set("bMaintenance", false);
        plc.Plc.WarmRestart();
        plc.Scan();
        Assert.True(plc.Bool("bEnabled"));
    }

    [Fact]
    public void Each_timer_of_an_array_takes_its_own_preset()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(Dialect.Codesys, """
            PROGRAM PRG_Zones
            VAR_INPUT bRun : BOOL; END_VAR
            VAR_OUTPUT bZone1 : BOOL; bZone2 : BOOL; END_VAR
            VAR aDelays : ARRAY[1..2] OF TON := [(PT := T#1S), (PT := T#2S)]; END_VAR
            aDelays[1](IN := bRun);
            aDelays[2](IN := bRun);
            bZone1 := aDelays[1].Q;
            bZone2 := aDelays[2].Q;
            END_PROGRAM
            """)).Set("bRun", true);
        plc.Scan(101);
        Assert.True(plc.Bool("bZone1"));
        Assert.False(plc.Bool("bZone2"));
        plc.Scan(100);
        Assert.True(plc.Bool("bZone2"));
    }
}
