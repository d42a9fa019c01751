using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>CODESYS / TwinCAT object orientation: methods, properties, EXTENDS, SUPER^, THIS^, interfaces, VAR_INST.</summary>
public sealed class ObjectOrientedProgramTests
{
    private const string Conveyor = """
        FUNCTION_BLOCK FB_Conveyor
        VAR_INPUT bEnable : BOOL; END_VAR
        VAR_OUTPUT bMotor : BOOL; nStarts : INT; END_VAR
        VAR bRunCmd : BOOL; nSpeed : INT := 50; END_VAR

        METHOD Start : BOOL
        VAR_INPUT nRequestedSpeed : INT := 80; END_VAR
        VAR_OUTPUT bAccepted : BOOL; END_VAR
        bAccepted := bEnable;
        IF bAccepted THEN
            bRunCmd := TRUE;
            THIS^.Speed := nRequestedSpeed;
            nStarts := nStarts + 1;
        END_IF;
        Start := bAccepted;
        END_METHOD

        METHOD Stop
        bRunCmd := FALSE;
        END_METHOD

        PROPERTY Speed : INT
        GET
            Speed := nSpeed;
        END_GET
        SET
            nSpeed := LIMIT(0, Speed, 100);
        END_SET
        END_PROPERTY

        bMotor := bEnable AND bRunCmd;
        IF NOT bEnable THEN
            bRunCmd := FALSE;
        END_IF;
        END_FUNCTION_BLOCK
        """;

    [Fact]
    public void Conveyor_start_method_returns_a_value_sets_outputs_and_writes_the_speed_property()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Line
            VAR_INPUT bStartPB : BOOL; bStopPB : BOOL; bEStopOk : BOOL; nSpeedSp : INT; END_VAR
            VAR_OUTPUT bRunning : BOOL; bAccepted : BOOL; bReturned : BOOL; nSpeed : INT; END_VAR
            VAR fbBelt : FB_Conveyor; END_VAR
            fbBelt(bEnable := bEStopOk);
            IF bStartPB THEN
                bReturned := fbBelt.Start(nRequestedSpeed := nSpeedSp, bAccepted => bAccepted);
            END_IF;
            IF bStopPB THEN
                fbBelt.Stop();
            END_IF;
            fbBelt(bEnable := bEStopOk);
            bRunning := fbBelt.bMotor;
            nSpeed := fbBelt.Speed;
            END_PROGRAM
            """, Conveyor));

        plc.Set("bStartPB", true).Set("nSpeedSp", 140, PlcType.Int).Scan();
        Assert.False(plc.Bool("bAccepted"));
        Assert.False(plc.Bool("bRunning"));
        Assert.Equal(50, plc.Integer("nSpeed"));

        plc.Set("bEStopOk", true).Scan();
        Assert.True(plc.Bool("bAccepted"));
        Assert.True(plc.Bool("bReturned"));
        Assert.True(plc.Bool("bRunning"));
        Assert.Equal(100, plc.Integer("nSpeed")); // the setter clamps
        Assert.Equal(1, plc.Integer("fbBelt.nStarts"));

        plc.Set("bStartPB", false).Set("bStopPB", true).Scan();
        Assert.False(plc.Bool("bRunning"));
    }

    [Fact]
    public void Method_inputs_not_passed_take_their_default_on_every_call()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Line
            VAR_INPUT bEStopOk : BOOL; END_VAR
            VAR_OUTPUT nSpeed : INT; END_VAR
            VAR fbBelt : FB_Conveyor; END_VAR
            fbBelt(bEnable := bEStopOk);
            fbBelt.Start();
            nSpeed := fbBelt.Speed;
            END_PROGRAM
            """, Conveyor));

        plc.Set("bEStopOk", true).Scan(3);
        Assert.Equal(80, plc.Integer("nSpeed"));
    }

    private const string Monitors = """
        FUNCTION_BLOCK FB_MonitorBase
        VAR_INPUT bReset : BOOL; END_VAR
        VAR_OUTPUT bTripped : BOOL; nTrips : INT; END_VAR
        METHOD Trip
        IF NOT bTripped THEN
            nTrips := nTrips + 1;
        END_IF;
        bTripped := TRUE;
        END_METHOD
        METHOD Describe : INT
        Describe := 1;
        END_METHOD
        IF bReset THEN
            bTripped := FALSE;
        END_IF;
        END_FUNCTION_BLOCK

        FUNCTION_BLOCK FB_GuardMonitor EXTENDS FB_MonitorBase
        VAR_INPUT bCh1 : BOOL; bCh2 : BOOL; END_VAR
        VAR_OUTPUT nKind : INT; END_VAR
        METHOD Describe : INT
        Describe := SUPER^.Describe() + 10;
        END_METHOD
        SUPER^();
        IF NOT (bCh1 AND bCh2) THEN
            Trip();
        END_IF;
        nKind := Describe();
        END_FUNCTION_BLOCK
        """;

    [Fact]
    public void Guard_monitor_extends_a_base_monitor_runs_the_base_body_and_overrides_a_method()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Guard
            VAR_INPUT bGuardCh1 : BOOL; bGuardCh2 : BOOL; bResetPB : BOOL; END_VAR
            VAR_OUTPUT bGuardTripped : BOOL; nTrips : INT; nKind : INT; END_VAR
            VAR fbGuard : FB_GuardMonitor; END_VAR
            fbGuard(bCh1 := bGuardCh1, bCh2 := bGuardCh2, bReset := bResetPB, bTripped => bGuardTripped, nTrips => nTrips, nKind => nKind);
            END_PROGRAM
            """, Monitors));

        plc.Set("bGuardCh1", true).Set("bGuardCh2", true).Scan();
        Assert.False(plc.Bool("bGuardTripped"));
        Assert.Equal(11, plc.Integer("nKind")); // the override, which calls the base through SUPER^

        plc.Set("bGuardCh2", false).Scan(3);
        Assert.True(plc.Bool("bGuardTripped"));
        Assert.Equal(1, plc.Integer("nTrips"));

        plc.Set("bGuardCh2", true).Set("bResetPB", true).Scan();
        Assert.False(plc.Bool("bGuardTripped"));
    }

    [Fact]
    public void Calls_through_an_interface_reach_each_instances_own_implementation()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            INTERFACE I_Drive
            METHOD Start
            END_METHOD
            PROPERTY IsRunning : BOOL
            END_PROPERTY
            END_INTERFACE

            FUNCTION_BLOCK FB_Dol IMPLEMENTS I_Drive
            VAR_OUTPUT bK : BOOL; END_VAR
            METHOD Start
            bK := TRUE;
            END_METHOD
            PROPERTY IsRunning : BOOL
            GET
                IsRunning := bK;
            END_GET
            END_PROPERTY
            END_FUNCTION_BLOCK

            FUNCTION_BLOCK FB_Vfd IMPLEMENTS I_Drive
            VAR_OUTPUT nRamp : INT; END_VAR
            METHOD Start
            nRamp := nRamp + 25;
            END_METHOD
            PROPERTY IsRunning : BOOL
            GET
                IsRunning := nRamp >= 100;
            END_GET
            END_PROPERTY
            END_FUNCTION_BLOCK

            PROGRAM PRG_Drives
            VAR_INPUT bStart : BOOL; END_VAR
            VAR_OUTPUT nRunning : INT; END_VAR
            VAR fbFeeder : FB_Dol; fbBelt : FB_Vfd; aDrives : ARRAY[1..2] OF I_Drive; i : INT; END_VAR
            aDrives[1] := fbFeeder;
            aDrives[2] := fbBelt;
            nRunning := 0;
            FOR i := 1 TO 2 DO
                IF bStart THEN
                    aDrives[i].Start();
                END_IF;
                IF aDrives[i].IsRunning THEN
                    nRunning := nRunning + 1;
                END_IF;
            END_FOR;
            END_PROGRAM
            """));

        plc.Set("bStart", true).Scan();
        Assert.True(plc.Bool("fbFeeder.bK"));
        Assert.Equal(25, plc.Integer("fbBelt.nRamp")); // the interface holds the instance itself, not a copy
        Assert.Equal(1, plc.Integer("nRunning"));
        plc.Scan(3);
        Assert.Equal(2, plc.Integer("nRunning"));
    }

    [Fact]
    public void Calling_a_method_through_an_unassigned_interface_is_a_null_dereference_fault()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            INTERFACE I_Valve
            METHOD Open
            END_METHOD
            END_INTERFACE

            PROGRAM PRG_Valves
            VAR itfValve : I_Valve; END_VAR
            itfValve.Open();
            END_PROGRAM
            """));

        var fault = Assert.Throws<PlcRuntimeFault>(() => plc.Scan());
        Assert.Equal(RuntimeFaultKind.NullDereference, fault.Kind);
        Assert.Equal((8, 1), (fault.Location!.Line, fault.Location.Column));
    }

    [Fact]
    public void Var_inst_of_a_method_keeps_its_value_per_instance_between_calls()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            FUNCTION_BLOCK FB_Counter
            METHOD Pulse : INT
            VAR_INST nCount : INT; END_VAR
            VAR nScratch : INT; END_VAR
            nScratch := nScratch + 1;
            nCount := nCount + nScratch;
            Pulse := nCount;
            END_METHOD
            END_FUNCTION_BLOCK

            PROGRAM PRG_Pulses
            VAR_OUTPUT nA : INT; nB : INT; END_VAR
            VAR fbA : FB_Counter; fbB : FB_Counter; END_VAR
            nA := fbA.Pulse();
            nA := fbA.Pulse();
            nB := fbB.Pulse();
            END_PROGRAM
            """));

        plc.Scan(2);
        Assert.Equal(4, plc.Integer("nA")); // VAR resets every call, VAR_INST counts on
        Assert.Equal(2, plc.Integer("nB"));
    }

    [Fact]
    public void An_override_with_its_parameters_in_another_order_is_refused_rather_than_miscalled()
    {
        var result = CompiledProgramFactory.Compile("""
            FUNCTION_BLOCK FB_Axis
            METHOD MoveTo
            VAR_INPUT nPosition : DINT; fVelocity : REAL; END_VAR
            END_METHOD
            END_FUNCTION_BLOCK

            FUNCTION_BLOCK FB_LinearAxis EXTENDS FB_Axis
            VAR_OUTPUT nTarget : DINT; END_VAR
            METHOD MoveTo
            VAR_INPUT fVelocity : REAL; nSpare : DINT; nPosition : DINT; END_VAR
            nTarget := nPosition;
            END_METHOD
            END_FUNCTION_BLOCK

            PROGRAM PRG_Axes
            VAR fbAxis : FB_LinearAxis; END_VAR
            fbAxis.MoveTo(nPosition := 100, fVelocity := 2.5, nSpare := 0);
            END_PROGRAM
            """);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("FB_LinearAxis.MoveTo must declare the parameters of FB_Axis.MoveTo", StringComparison.Ordinal));
    }

    [Fact]
    public void Scans_with_method_property_interface_and_pointer_calls_allocate_nothing()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            INTERFACE I_Belt
            METHOD Start : BOOL
            VAR_INPUT nRequestedSpeed : INT; END_VAR
            END_METHOD
            END_INTERFACE

            FUNCTION_BLOCK FB_Belt IMPLEMENTS I_Belt
            VAR_OUTPUT nSpeed : INT; END_VAR
            VAR tonRamp : TON; END_VAR
            METHOD Start : BOOL
            VAR_INPUT nRequestedSpeed : INT; END_VAR
            nSpeed := nRequestedSpeed;
            Start := TRUE;
            END_METHOD
            PROPERTY Speed : INT
            GET
                Speed := nSpeed;
            END_GET
            END_PROPERTY
            tonRamp(IN := nSpeed > 0, PT := T#2S);
            END_FUNCTION_BLOCK

            PROGRAM PRG_Belts
            VAR_INPUT nSetpoint : INT; END_VAR
            VAR_OUTPUT nTotal : INT; END_VAR
            VAR fbBelt : FB_Belt; itfBelt : I_Belt; pTotal : POINTER TO INT; ctuStarts : CTU; END_VAR
            itfBelt := fbBelt;
            pTotal := ADR(nTotal);
            ctuStarts(CU := itfBelt.Start(nRequestedSpeed := nSetpoint), PV := 10);
            fbBelt();
            pTotal^ := fbBelt.Speed + ctuStarts.CV;
            END_PROGRAM
            """));
        plc.Set("nSetpoint", 40, PlcType.Int).Scan(100);

        var before = GC.GetAllocatedBytesForCurrentThread();
        plc.Scan(1_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(41, plc.Integer("nTotal"));
        Assert.Equal(0, allocated);
    }
}
