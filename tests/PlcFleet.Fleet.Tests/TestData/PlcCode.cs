namespace PlcFleet.Fleet.Tests.TestData;

/// <summary>Realistic Structured Text of packaging and assembly lines used by the targeting tests.</summary>
public static class PlcCode
{
    public const string GuardHandWritten = """
        PROGRAM PRG_Guards
        VAR
            Guard_OK : BOOL;
            Conveyor_Enable : BOOL;
        END_VAR

        // Infeed guard door: two channels, both must report closed.
        IF GuardDoor_Ch1 AND GuardDoor_Ch2 THEN
            Guard_OK := TRUE;
        ELSE
            Guard_OK := FALSE;
        END_IF;

        Conveyor_Enable := Guard_OK AND EStop_OK;
        END_PROGRAM
        """;

    public const string GuardMigrated = """
        PROGRAM PRG_Guards
        VAR
            Guard_OK : BOOL;
            Conveyor_Enable : BOOL;
        END_VAR

        Guard_OK := SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1, Channel2 := GuardDoor_Ch2);
        Conveyor_Enable := Guard_OK AND EStop_OK;
        END_PROGRAM
        """;

    public const string Conveyor = """
        PROGRAM PRG_Conveyor
        VAR
            JamTimer : TON;
            Motor_Run : BOOL;
            Alarm_Jam : BOOL;
        END_VAR

        JamTimer(IN := Motor_Run AND NOT PhotoEye_Exit, PT := T#3S);
        Alarm_Jam := JamTimer.Q;
        Motor_Run := Conveyor_Enable AND NOT Alarm_Jam;
        END_PROGRAM
        """;

    public const string EStop = """
        PROGRAM PRG_EStop
        VAR
            ResetEdge : R_TRIG;
        END_VAR

        ResetEdge(CLK := Reset_PB);
        IF NOT EStop_Ch1 OR NOT EStop_Ch2 THEN
            EStop_OK := FALSE;
        ELSIF ResetEdge.Q THEN
            EStop_OK := TRUE;
        END_IF;
        END_PROGRAM
        """;

    public const string SclGuard = """
        FUNCTION_BLOCK "FB_Guard"
        VAR_INPUT
            guardClosed1 : Bool;
            guardClosed2 : Bool;
        END_VAR
        VAR_OUTPUT
            guardOk : Bool;
        END_VAR
        BEGIN
            #guardOk := #guardClosed1 AND #guardClosed2;
        END_FUNCTION_BLOCK
        """;
}
