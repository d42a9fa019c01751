namespace PlcFleet.Verification.Tests;

internal static class SampleCode
{
    public const string Conveyor = """
        FUNCTION_BLOCK FB_Conveyor
        VAR_INPUT
            xStart : BOOL;
            xStop : BOOL;
            xEStopOk : BOOL;
            xGuardClosed : BOOL;
        END_VAR
        VAR_OUTPUT
            xMotorRun : BOOL;
        END_VAR
        VAR
            tStartDelay : TON;
        END_VAR
        tStartDelay(IN := xStart AND xEStopOk, PT := T#2S);
        xMotorRun := tStartDelay.Q AND xGuardClosed AND NOT xStop;
        END_FUNCTION_BLOCK

        """;

    public const string Scenario = """
        program: FB_Conveyor
        steps:
          - at: 0ms
            set: { xStart: true, xEStopOk: true, xGuardClosed: true }
          - at: 2100ms
            expect: { xMotorRun: true }
          - at: 2200ms
            set: { xEStopOk: false }
            expect: { xMotorRun: false }
        invariants:
          - NOT xEStopOk => NOT xMotorRun
          - NOT xGuardClosed => NOT xMotorRun

        """;
}
