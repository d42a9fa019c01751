namespace PlcFleet.Agents.Tests.Fakes;

/// <summary>A realistic temporary site: a conveyor with e-stop and guard interlocks, an alarm POU and a scenario test.</summary>
public sealed class SiteWorkspace : IDisposable
{
    public const string ConveyorPath = "src/Conveyor/FB_Conveyor.st";
    public const string AlarmPath = "src/Machine/FB_Alarms.st";
    public const string ScenarioPath = "tests/conveyor.scenario.yaml";

    public const string Conveyor = """
        FUNCTION_BLOCK FB_Conveyor
        VAR_INPUT
            xStart : BOOL;
            xStop : BOOL;
            xEStopOk : BOOL;     // dual-channel e-stop relay feedback
            xGuardClosed : BOOL; // guard door switch
        END_VAR
        VAR_OUTPUT
            xMotorRun : BOOL;
        END_VAR
        VAR
            tStartDelay : TON;
        END_VAR
        tStartDelay(IN := xStart AND xEStopOk, PT := T#2S);
        xMotorRun := tStartDelay.Q AND xGuardClosed AND xEStopOk AND NOT xStop;
        END_FUNCTION_BLOCK

        """;

    public const string Alarms = """
        FUNCTION_BLOCK FB_Alarms
        VAR_INPUT
            xMotorOverload : BOOL;
        END_VAR
        VAR_OUTPUT
            xAlarmHorn : BOOL;
        END_VAR
        xAlarmHorn := xMotorOverload;
        END_FUNCTION_BLOCK

        """;

    public const string Scenario = """
        program: FB_Conveyor
        steps:
          - at: 0ms
            set: { xStart: true, xEStopOk: true, xGuardClosed: true }
          - at: 2100ms
            expect: { xMotorRun: true }
        invariants:
          - NOT xEStopOk => NOT xMotorRun

        """;

    public SiteWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "plcfleet-at-" + Guid.NewGuid().ToString("N"));
        Workspace = Path.Combine(Root, "site");
        Write(ConveyorPath, Conveyor);
        Write(AlarmPath, Alarms);
        Write(ScenarioPath, Scenario);
    }

    public string Root { get; }

    public string Workspace { get; }

    public string Read(string path) => File.ReadAllText(Path.Combine(Workspace, path));

    public void Write(string path, string text)
    {
        var full = Path.Combine(Workspace, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string NewFolder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
