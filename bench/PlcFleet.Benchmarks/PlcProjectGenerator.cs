using System.Globalization;
using System.Text;

namespace PlcFleet.Benchmarks;

/// <summary>
/// Writes a realistic PLC project as one ST text: conveyor and station function blocks with timers, alarms and
/// CASE state machines, programs calling them, data types and global variable lists. Deterministic for a seed.
/// </summary>
public static class PlcProjectGenerator
{
    public static string Generate(int minimumLines, int seed = 61131)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(minimumLines * 32);
        var lines = 0;
        var unit = 0;
        while (lines < minimumLines)
        {
            var before = builder.Length;
            switch (unit % 4)
            {
                case 0:
                    WriteTypes(builder, unit);
                    break;
                case 1:
                    WriteGlobals(builder, unit, random);
                    break;
                case 2:
                    WriteStationBlock(builder, unit, random);
                    break;
                default:
                    WriteProgram(builder, unit, random);
                    break;
            }

            lines += CountLines(builder, before);
            unit++;
        }

        return builder.ToString();
    }

    private static int CountLines(StringBuilder builder, int from)
    {
        var count = 0;
        for (var i = from; i < builder.Length; i++)
        {
            if (builder[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static void WriteTypes(StringBuilder b, int unit)
    {
        b.Append(CultureInfo.InvariantCulture, $"TYPE E_Station{unit}State : (Idle, Starting, Running := 10, Stopping, Fault := 99) INT;\nEND_TYPE\n\n");
        b.Append(CultureInfo.InvariantCulture, $"TYPE ST_Station{unit}Data :\nSTRUCT\n");
        b.Append("    rSpeed : REAL := 1.5;\n    nParts, nRejects : UDINT;\n    sName : STRING(80) := 'Station';\n");
        b.Append("    aTemperatures : ARRAY[1..8] OF REAL := [8(20.0)];\n    tCycle : TIME := T#1s500ms;\nEND_STRUCT\nEND_TYPE\n\n");
    }

    private static void WriteGlobals(StringBuilder b, int unit, Random random)
    {
        b.Append("{attribute 'qualified_only'}\nVAR_GLOBAL\n");
        for (var i = 0; i < 12; i++)
        {
            b.Append(CultureInfo.InvariantCulture, $"    gxSensor{unit}_{i} AT %IX{i / 8}.{i % 8} : BOOL; // photo eye {i}\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"    gnLineSpeed{unit} : INT := {random.Next(10, 500)};\n    gaAlarms{unit} : ARRAY[0..31] OF BOOL;\nEND_VAR\n\n");
    }

    private static void WriteStationBlock(StringBuilder b, int unit, Random random)
    {
        // Every station's enumeration has the same member names, so assignments name the type (E_Station4State.Idle) as
        // CODESYS requires; CASE labels resolve in the selector's type.
        var start = b.Length;
        WriteStationBlockText(b, unit, random);
        var state = string.Create(CultureInfo.InvariantCulture, $"E_Station{unit - 2}State.");
        foreach (var member in new[] { "Idle", "Starting", "Running", "Stopping", "Fault" })
        {
            b.Replace($"eState := {member};", $"eState := {state}{member};", start, b.Length - start);
        }
    }

    private static void WriteStationBlockText(StringBuilder b, int unit, Random random)
    {
        b.Append(CultureInfo.InvariantCulture, $"(* Station {unit}: conveyor section with e-stop interlock and jam detection. *)\n");
        b.Append(CultureInfo.InvariantCulture, $"FUNCTION_BLOCK FB_Station{unit} EXTENDS FB_StationBase\nVAR_INPUT\n");
        b.Append("    xEnable : BOOL;\n    {attribute 'safety'}\n    xEStopOk : BOOL;\n    xGuardClosed : BOOL;\n    xPartPresent : BOOL;\nEND_VAR\n");
        b.Append("VAR_OUTPUT\n    xMotorOn : BOOL;\n    xAlarm : BOOL;\n    nAlarmCode : INT;\nEND_VAR\n");
        b.Append(CultureInfo.InvariantCulture, $"VAR\n    eState : E_Station{unit - 2}State;\n    fbJamTimer : TON := (PT := T#{random.Next(2, 9)}S);\n");
        b.Append("    fbStartDelay : TON;\n    rtReset : R_TRIG;\n    nCount : UDINT;\n    i : INT;\nEND_VAR\n\n");
        b.Append("METHOD PUBLIC Reset : BOOL\nVAR_INPUT\n    xForce : BOOL;\nEND_VAR\n    rtReset(CLK := xForce);\n    IF rtReset.Q THEN\n        eState := Idle;\n        xAlarm := FALSE;\n    END_IF\n    Reset := TRUE;\nEND_METHOD\n\n");
        b.Append("IF NOT xEStopOk OR NOT xGuardClosed THEN\n    xMotorOn := FALSE;\n    eState := Fault;\n    nAlarmCode := 16#0100;\nEND_IF\n\n");
        b.Append("CASE eState OF\n    Idle:\n        IF xEnable AND xEStopOk THEN\n            eState := Starting;\n        END_IF\n");
        b.Append("    Starting:\n        fbStartDelay(IN := TRUE, PT := T#2S);\n        IF fbStartDelay.Q THEN\n            fbStartDelay(IN := FALSE);\n            eState := Running;\n        END_IF\n");
        b.Append("    Running:\n        xMotorOn := TRUE;\n        fbJamTimer(IN := xPartPresent);\n        IF fbJamTimer.Q THEN\n            xAlarm := TRUE;\n            nAlarmCode := nAlarmCode OR 16#0001;\n            eState := Fault;\n        ELSIF NOT xEnable THEN\n            eState := Stopping;\n        END_IF\n");
        b.Append("    Stopping:\n        xMotorOn := FALSE;\n        eState := Idle;\nELSE\n    xMotorOn := FALSE;\nEND_CASE\n\n");
        b.Append("FOR i := 1 TO 8 BY 1 DO\n    IF aTemperatures[i] > 85.0 THEN\n        xAlarm := TRUE;\n        EXIT;\n    END_IF\nEND_FOR\n");
        b.Append("nCount := nCount + BOOL_TO_UDINT(xPartPresent AND NOT xAlarm) * 2 - (nCount MOD 7);\nEND_FUNCTION_BLOCK\n\n");
    }

    private static void WriteProgram(StringBuilder b, int unit, Random random)
    {
        b.Append(CultureInfo.InvariantCulture, $"PROGRAM PRG_Line{unit}\nVAR\n    fbStation : FB_Station{unit - 1};\n    fbBlink : BLINK;\n    rSetpoint : REAL;\n    nCycles : DINT;\nEND_VAR\n");
        b.Append(CultureInfo.InvariantCulture, $"fbStation(xEnable := gxSensor{unit - 2}_0, xEStopOk := gxSensor{unit - 2}_1, xGuardClosed := gxSensor{unit - 2}_2,\n");
        b.Append(CultureInfo.InvariantCulture, $"    xPartPresent := gxSensor{unit - 2}_3, xMotorOn => %QX{unit % 64}.0, xAlarm => gaAlarms{unit - 2}[0]);\n");
        b.Append(CultureInfo.InvariantCulture, $"rSetpoint := LIMIT(0.0, INT_TO_REAL(gnLineSpeed{unit - 2}) * {random.Next(1, 9)}.25 / 60.0, 100.0);\n");
        b.Append("WHILE nCycles < 3 DO\n    nCycles := nCycles + 1;\nEND_WHILE\nnCycles := 0;\n");
        b.Append("IF fbStation.xAlarm THEN\n    fbBlink(ENABLE := TRUE, TIMELOW := T#500MS, TIMEHIGH := T#500MS);\nEND_IF\nEND_PROGRAM\n\n");
    }
}
