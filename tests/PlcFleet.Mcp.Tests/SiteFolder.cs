using PlcFleet.Fleet.Git;

namespace PlcFleet.Mcp.Tests;

/// <summary>A temporary conveyor site (PRG_Conveyor with e-stop and jam timer, a scenario test) committed in git.</summary>
public sealed class SiteFolder : IDisposable
{
    public const string ConveyorPath = "src/PRG_Conveyor.st";
    public const string ScenarioPath = "tests/start.scenario.yaml";

    public const string Conveyor = """
        PROGRAM PRG_Conveyor
        VAR_INPUT
            EStop_OK : BOOL;      (* safety relay feedback, TRUE = healthy *)
            Start_PB : BOOL;
        END_VAR
        VAR_OUTPUT Motor_Run : BOOL; END_VAR   (* belt contactor -K1 *)
        VAR JamTimer : TON; END_VAR
        JamTimer(IN := Motor_Run, PT := T#3S);
        IF NOT EStop_OK THEN
            Motor_Run := FALSE;
        ELSIF Start_PB THEN
            Motor_Run := TRUE;
        END_IF;
        END_PROGRAM

        """;

    // Line 10 lacks the ';' after the assignment (column 23 is where it is expected).
    public const string ConveyorMissingSemicolon = """
        PROGRAM PRG_Conveyor
        VAR_INPUT
            EStop_OK : BOOL;      (* safety relay feedback, TRUE = healthy *)
            Start_PB : BOOL;
        END_VAR
        VAR_OUTPUT Motor_Run : BOOL; END_VAR   (* belt contactor -K1 *)
        VAR JamTimer : TON; END_VAR
        JamTimer(IN := Motor_Run, PT := T#3S);
        IF NOT EStop_OK THEN
            Motor_Run := FALSE
        ELSIF Start_PB THEN
            Motor_Run := TRUE;
        END_IF;
        END_PROGRAM

        """;

    public const string Scenario = """
        scenario: Start runs the conveyor
        program: PRG_Conveyor
        steps:
          - at: 0ms
            set: { EStop_OK: true, Start_PB: true }
          - at: 100ms
            expect: { Motor_Run: true }

        """;

    public SiteFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "plcfleet-mcp-" + Guid.NewGuid().ToString("N")[..12]);
        Write(ConveyorPath, Conveyor);
        Write(ScenarioPath, Scenario);
        GitRepository.Init(Root);
    }

    public string Root { get; }

    public string FullPath(string path) => Path.Combine(Root, path);

    public void Write(string path, string text)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
