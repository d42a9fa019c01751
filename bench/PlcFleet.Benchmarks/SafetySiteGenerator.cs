using System.Globalization;
using System.Text;

namespace PlcFleet.Benchmarks;

/// <summary>
/// Writes a packaging-hall site as a folder of ST files for the safety benchmarks: per cell a global variable list
/// (e-stop, two-channel guard door, light curtain, buttons, motor contactors, lamps, start-warning horn, HMI tags), a
/// cell program calling shared function blocks (two-channel guard with discrepancy timer, conveyor with start warning,
/// feedback and jam monitoring, e-stop reset latch with edge), and one task configuration running them all.
/// Deterministic; the "after" variants change one cell the way an agent's edit does.
/// </summary>
public static class SafetySiteGenerator
{
    /// <summary>How the after version differs from the before version.</summary>
    public enum Change
    {
        None,

        /// <summary>Cell 7's guard door dropped from its conveyor enable: must be refused.</summary>
        GuardDropped,

        /// <summary>Cell 7's enable rewritten with De Morgan and commented: must pass.</summary>
        Refactoring,
    }

    public const int CellLines = 101;

    /// <summary>Writes the site into <paramref name="folder"/>; returns the number of lines written.</summary>
    public static int Write(string folder, int minimumLines, Change change = Change.None)
    {
        Directory.CreateDirectory(folder);
        var lines = Blocks(folder);
        var cells = 0;
        while (lines < minimumLines)
        {
            var text = Cell(cells, cells == 7 ? change : Change.None);
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"Cell{cells:D3}.st")), text);
            lines += text.Count(c => c == '\n');
            cells++;
        }

        var config = Configuration(cells);
        File.WriteAllText(Path.Combine(folder, "Configuration.st"), config);
        return lines + config.Count(c => c == '\n');
    }

    private static int Blocks(string folder)
    {
        const string text = """
            FUNCTION_BLOCK FB_GuardDoor
            VAR_INPUT
                Ch1 : BOOL;
                Ch2 : BOOL;
                DiscrepancyTime : TIME := T#200MS;
            END_VAR
            VAR_OUTPUT
                Closed : BOOL;
                Fault : BOOL;
            END_VAR
            VAR
                tDiscrepancy : TON;
            END_VAR
            tDiscrepancy(IN := Ch1 XOR Ch2, PT := DiscrepancyTime);
            IF tDiscrepancy.Q THEN
                Fault := TRUE;
            ELSIF NOT Ch1 AND NOT Ch2 THEN
                Fault := FALSE;
            END_IF;
            Closed := Ch1 AND Ch2 AND NOT Fault;
            END_FUNCTION_BLOCK

            FUNCTION_BLOCK FB_Conveyor
            VAR_INPUT
                Enable : BOOL;
                StartCmd : BOOL;
                StopCmd : BOOL;
                Feedback : BOOL;
                PartSensor : BOOL;
            END_VAR
            VAR_OUTPUT
                Contactor : BOOL;
                Horn : BOOL;
                Jammed : BOOL;
                FeedbackFault : BOOL;
            END_VAR
            VAR
                Running : BOOL;
                tWarning : TON;
                tFeedback : TON;
                tJam : TON;
            END_VAR
            IF StopCmd OR NOT Enable OR Jammed OR FeedbackFault THEN
                Running := FALSE;
            ELSIF StartCmd THEN
                Running := TRUE;
            END_IF;
            tWarning(IN := Running, PT := T#3S);
            Horn := Running AND NOT tWarning.Q;
            Contactor := Running AND tWarning.Q AND Enable;
            tFeedback(IN := Contactor XOR Feedback, PT := T#500MS);
            IF tFeedback.Q THEN
                FeedbackFault := TRUE;
            END_IF;
            tJam(IN := Contactor AND PartSensor, PT := T#8S);
            IF tJam.Q THEN
                Jammed := TRUE;
            END_IF;
            IF NOT Enable AND NOT StartCmd THEN
                Jammed := FALSE;
                FeedbackFault := FALSE;
            END_IF;
            END_FUNCTION_BLOCK

            """;
        File.WriteAllText(Path.Combine(folder, "Blocks.st"), text);
        return text.Count(c => c == '\n');
    }

    private static string Cell(int n, Change change)
    {
        var c = n.ToString("D3", CultureInfo.InvariantCulture);
        var w = n * 2;
        var enable = change switch
        {
            Change.GuardDropped => $"Enable := EStop_OK_{c} AND Curtain_Clear_{c} AND ResetDone;",
            Change.Refactoring => $"// the cell runs only with the e-stop chain closed, the door closed and the curtain clear\nEnable := NOT (NOT EStop_OK_{c} OR NOT fbDoor.Closed OR NOT Curtain_Clear_{c}) AND ResetDone;",
            _ => $"Enable := EStop_OK_{c} AND fbDoor.Closed AND Curtain_Clear_{c} AND ResetDone;",
        };
        return $$"""
            // Cell {{c}}: infeed conveyor with guard door, light curtain and e-stop
            VAR_GLOBAL
                EStop_OK_{{c}}      AT %IX{{w}}.0 : BOOL;
                Door_Ch1_{{c}}      AT %IX{{w}}.1 : BOOL;
                Door_Ch2_{{c}}      AT %IX{{w}}.2 : BOOL;
                Curtain_Clear_{{c}} AT %IX{{w}}.3 : BOOL;
                Start_PB_{{c}}      AT %IX{{w}}.4 : BOOL;
                Stop_PB_{{c}}       AT %IX{{w}}.5 : BOOL;
                Reset_PB_{{c}}      AT %IX{{w}}.6 : BOOL;
                Motor_FB_{{c}}      AT %IX{{w}}.7 : BOOL;
                Part_Sensor_{{c}}   AT %IX{{w + 1}}.0 : BOOL;
                Motor_K1_{{c}}      AT %QX{{w}}.0 : BOOL;
                Horn_H1_{{c}}       AT %QX{{w}}.1 : BOOL;
                Lamp_Fault_{{c}}    AT %QX{{w}}.2 : BOOL;
                Lamp_Run_{{c}}      AT %QX{{w}}.3 : BOOL;
                HMI_Speed_{{c}}     : INT;
                HMI_Count_{{c}}     : DINT;
                HMI_Status_{{c}}    : WORD;
            END_VAR

            PROGRAM PRG_Cell{{c}}
            VAR
                fbDoor : FB_GuardDoor;
                fbConveyor : FB_Conveyor;
                rtReset : R_TRIG;
                rtPart : R_TRIG;
                ResetDone : BOOL;
                Enable : BOOL;
                SpeedRef : INT;
                tLampBlink : TON;
                Blink : BOOL;
            END_VAR
            fbDoor(Ch1 := Door_Ch1_{{c}}, Ch2 := Door_Ch2_{{c}});
            rtReset(CLK := Reset_PB_{{c}});
            IF NOT EStop_OK_{{c}} THEN
                ResetDone := FALSE;
            ELSIF rtReset.Q AND fbDoor.Closed AND Curtain_Clear_{{c}} THEN
                ResetDone := TRUE;
            END_IF;
            {{enable}}
            fbConveyor(Enable := Enable, StartCmd := Start_PB_{{c}}, StopCmd := Stop_PB_{{c}},
                       Feedback := Motor_FB_{{c}}, PartSensor := Part_Sensor_{{c}});
            Motor_K1_{{c}} := fbConveyor.Contactor;
            Horn_H1_{{c}} := fbConveyor.Horn;
            tLampBlink(IN := NOT Blink, PT := T#500MS);
            IF tLampBlink.Q THEN
                Blink := NOT Blink;
            END_IF;
            Lamp_Fault_{{c}} := (fbConveyor.Jammed OR fbConveyor.FeedbackFault OR fbDoor.Fault) AND Blink;
            Lamp_Run_{{c}} := fbConveyor.Contactor;
            // speed reference for the drive, limited to the mechanical maximum
            IF HMI_Speed_{{c}} > 1500 THEN
                SpeedRef := 1500;
            ELSIF HMI_Speed_{{c}} < 0 THEN
                SpeedRef := 0;
            ELSE
                SpeedRef := HMI_Speed_{{c}};
            END_IF;
            rtPart(CLK := Part_Sensor_{{c}});
            IF rtPart.Q THEN
                HMI_Count_{{c}} := HMI_Count_{{c}} + 1;
            END_IF;
            HMI_Status_{{c}} := 0;
            IF fbConveyor.Contactor THEN
                HMI_Status_{{c}} := HMI_Status_{{c}} OR 16#0001;
            END_IF;
            IF fbConveyor.Jammed THEN
                HMI_Status_{{c}} := HMI_Status_{{c}} OR 16#0002;
            END_IF;
            IF fbConveyor.FeedbackFault THEN
                HMI_Status_{{c}} := HMI_Status_{{c}} OR 16#0004;
            END_IF;
            IF fbDoor.Fault THEN
                HMI_Status_{{c}} := HMI_Status_{{c}} OR 16#0008;
            END_IF;
            IF NOT ResetDone THEN
                HMI_Status_{{c}} := HMI_Status_{{c}} OR 16#0010;
            END_IF;
            END_PROGRAM

            """;
    }

    private static string Configuration(int cells)
    {
        var b = new StringBuilder();
        b.Append("CONFIGURATION Hall\n    RESOURCE CPU1 ON PLC\n        TASK Safety (INTERVAL := T#10MS, PRIORITY := 0);\n");
        for (var n = 0; n < cells; n++)
        {
            b.Append(CultureInfo.InvariantCulture, $"        PROGRAM Cell{n:D3} WITH Safety : PRG_Cell{n:D3};\n");
        }

        b.Append("    END_RESOURCE\nEND_CONFIGURATION\n");
        return b.ToString();
    }
}
