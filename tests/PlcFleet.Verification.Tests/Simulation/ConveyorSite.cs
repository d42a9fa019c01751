namespace PlcFleet.Verification.Tests.Simulation;

/// <summary>A one-program conveyor site (e-stop, guard, start/stop with seal-in) and its scenario test.</summary>
internal static class ConveyorSite
{
    public const string Program = """
        PROGRAM PRG_Conveyor
        VAR_INPUT
            EStop_OK : BOOL;
            Guard_OK : BOOL;
            Start_PB : BOOL;
            Stop_PB : BOOL;
        END_VAR
        VAR_OUTPUT
            Motor_K1 : BOOL;
            Lamp_Running : BOOL;
        END_VAR
        IF NOT EStop_OK OR NOT Guard_OK OR Stop_PB THEN
            Motor_K1 := FALSE;
        ELSIF Start_PB THEN
            Motor_K1 := TRUE;
        END_IF;
        Lamp_Running := Motor_K1;
        END_PROGRAM
        """;

    /// <summary>The same program with the seal-in lost: the motor only runs while Start is held.</summary>
    public static string WithoutSealIn => Program.Replace("""
        ELSIF Start_PB THEN
            Motor_K1 := TRUE;
        END_IF;
        """, """
        ELSE
            Motor_K1 := Start_PB;
        END_IF;
        """, StringComparison.Ordinal);

    /// <summary>The same behaviour written as one Boolean equation: a refactoring that must pass.</summary>
    public static string AsEquation => Program.Replace("""
        IF NOT EStop_OK OR NOT Guard_OK OR Stop_PB THEN
            Motor_K1 := FALSE;
        ELSIF Start_PB THEN
            Motor_K1 := TRUE;
        END_IF;
        """, """
        Motor_K1 := EStop_OK AND Guard_OK AND NOT Stop_PB AND (Start_PB OR Motor_K1);
        """, StringComparison.Ordinal);

    public const string Scenario = """
        scenario: Start seals in, e-stop drops the motor
        program: PRG_Conveyor
        cycle: 10ms
        initial:
          EStop_OK: TRUE
          Guard_OK: TRUE
        steps:
          - at: 100ms
            set: { Start_PB: TRUE }
          - at: 150ms
            set: { Start_PB: FALSE }
          - at: 300ms
            expect: { Motor_K1: TRUE, Lamp_Running: TRUE }
          - at: 400ms
            set: { EStop_OK: FALSE }
          - at: 450ms
            expect: { Motor_K1: FALSE }
        duration: 600ms
        """;
}
