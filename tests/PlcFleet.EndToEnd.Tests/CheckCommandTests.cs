using System.Text.Json;

namespace PlcFleet.EndToEnd.Tests;

/// <summary><c>plcfleet check</c> as a user runs it: exit codes, the three output formats, positions.</summary>
public sealed class CheckCommandTests
{
    private const string ConveyorOk = """
        PROGRAM PRG_Conveyor
        VAR
            EStop_OK : BOOL;      (* safety relay feedback, TRUE = healthy *)
            Start_PB : BOOL;
            Motor_Run : BOOL;
            JamTimer : TON;
        END_VAR
        JamTimer(IN := Motor_Run, PT := T#3S);
        IF NOT EStop_OK THEN
            Motor_Run := FALSE;
        ELSIF Start_PB THEN
            Motor_Run := TRUE;
        END_IF;
        END_PROGRAM

        """;

    // Line 9 lacks the ';' after the assignment; line 11 has a dangling operator.
    private const string ConveyorBroken = """
        PROGRAM PRG_Conveyor
        VAR
            EStop_OK : BOOL;
            Motor_Run : BOOL;
            Speed : INT;
        END_VAR
        IF NOT EStop_OK THEN
            Motor_Run := FALSE
        END_IF;
        Speed := Speed + ;
        END_PROGRAM

        """;

    [Fact]
    public void Clean_folder_exits_zero_with_a_summary()
    {
        using var site = new TempFolder();
        site.Write("src/PRG_Conveyor.st", ConveyorOk);

        var result = CliRunner.Run(site.Path, "check", "src");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 file(s)", result.StdOut);
        Assert.Contains("0 error(s)", result.StdOut);
    }

    [Fact]
    public void Syntax_errors_exit_one_with_file_line_column_and_a_caret()
    {
        using var site = new TempFolder();
        site.Write("src/PRG_Conveyor.st", ConveyorBroken);

        var result = CliRunner.Run(site.Path, "check", "src");

        Assert.True(result.ExitCode == 1, result.ToString());
        var path = Path.Combine("src", "PRG_Conveyor.st");
        Assert.Contains($"{path}:8:23: error ST0010: expected ';'", result.StdOut);
        Assert.Contains($"{path}:10:17: error", result.StdOut);
        Assert.Contains("        Motor_Run := FALSE", result.StdOut);
        Assert.Contains("^", result.StdOut);
    }

    [Fact]
    public void Json_output_lists_diagnostics_with_positions_and_a_summary()
    {
        using var site = new TempFolder();
        site.Write("PRG_Conveyor.st", ConveyorBroken);

        var result = CliRunner.Run(site.Path, "check", ".", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        var errors = diagnostics.Where(d => d.GetProperty("severity").GetString() == "error").ToList();
        Assert.Equal(2, errors.Count);
        var first = errors[0];
        Assert.Equal("ST0010", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("PRG_Conveyor.st", first.GetProperty("file").GetString());
        Assert.Equal(8, first.GetProperty("line").GetInt32());
        Assert.Equal(23, first.GetProperty("column").GetInt32());
        Assert.True(first.TryGetProperty("endLine", out _));
        Assert.True(first.TryGetProperty("endColumn", out _));
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Sarif_output_has_the_shape_code_scanning_tools_require()
    {
        using var site = new TempFolder();
        site.Write("src/PRG_Conveyor.st", ConveyorBroken);

        var result = CliRunner.Run(site.Path, "check", "src", "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        Assert.Equal("plcfleet", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count(r => r.GetProperty("level").GetString() == "error"));
        foreach (var item in results)
        {
            Assert.Contains(item.GetProperty("ruleId").GetString(), ruleIds);
            Assert.Equal(ruleIds.IndexOf(item.GetProperty("ruleId").GetString()), item.GetProperty("ruleIndex").GetInt32());
            Assert.Contains(item.GetProperty("level").GetString(), new[] { "error", "warning", "note", "none" });
            Assert.False(string.IsNullOrEmpty(item.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(item.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.Equal("src/PRG_Conveyor.st", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.True(location.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
        }
    }

    [Fact]
    public void Missing_path_is_a_usage_error_without_a_stack_trace()
    {
        using var site = new TempFolder();

        var result = CliRunner.Run(site.Path, "check", "no-such-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        using var site = new TempFolder();
        site.Write("a.st", ConveyorOk);

        var result = CliRunner.Run(site.Path, "check", "a.st", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.StdErr);
    }

    [Fact]
    public void Folder_without_plc_files_is_a_usage_error()
    {
        using var site = new TempFolder();
        site.Write("notes.txt", "nothing here");

        var result = CliRunner.Run(site.Path, "check", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no .st or .scl files", result.StdErr);
    }

    [Fact]
    public void Broken_plcfleet_yaml_is_reported_with_its_position()
    {
        using var site = new TempFolder();
        site.Write("src/PRG_Conveyor.st", ConveyorOk);
        site.Write("plcfleet.yaml", "plc_folders: [src]\ndialect: rockwell5000\n");

        var result = CliRunner.Run(site.Path, "check", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("plcfleet.yaml:2:10: error PF0003: unknown dialect 'rockwell5000'", result.StdOut);
    }

    [Fact]
    public void A_folder_mixes_dialects_by_extension()
    {
        using var site = new TempFolder();
        site.Write("src/PRG_Conveyor.st", ConveyorOk);
        site.Write("src/FB_Guard.scl", """
            FUNCTION_BLOCK "FB_Guard"
            { S7_Optimized_Access := 'TRUE' }
            VERSION : 0.1
               VAR_INPUT
                  Ch1 : Bool;
                  Ch2 : Bool;
               END_VAR
               VAR_OUTPUT
                  Closed : Bool;
               END_VAR
            BEGIN
               REGION Guard evaluation
                  #Closed := #Ch1 AND #Ch2;
               END_REGION
            END_FUNCTION_BLOCK

            """);

        var result = CliRunner.Run(site.Path, "check", "src");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2 file(s)", result.StdOut);
    }

    public static TheoryData<string> ExampleSites() =>
        new(Directory.GetDirectories(Path.Combine(RepositoryRoot(), "examples", "fleet", "sites")).Select(Path.GetFileName).Order().ToArray()!);

    [Theory]
    [MemberData(nameof(ExampleSites))]
    public void Every_bundled_example_site_compiles_without_errors_or_warnings(string site)
    {
        var result = CliRunner.Run(RepositoryRoot(), "check", Path.Combine("examples", "fleet", "sites", site));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(" 0 error(s), 0 warning(s)", result.StdOut);
    }

    [Fact]
    public void A_fleet_folder_is_checked_site_by_site()
    {
        // Every site declares PRG_Main, FB_Motor...: as one program they would clash; each site is its own project.
        var result = CliRunner.Run(RepositoryRoot(), "check", Path.Combine("examples", "fleet", "sites"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(" 0 error(s), 0 warning(s)", result.StdOut);
    }

    [Fact]
    public void Semantic_errors_and_warnings_are_reported_with_positions()
    {
        using var site = new TempFolder();
        site.Write("PRG_Line.st", """
            PROGRAM PRG_Line
            VAR
                EStop_OK AT %IX0.0 : BOOL;
                Speed : INT;
                Total : DINT;
                JamTimer : TON;
            END_VAR
            Total := Total + 1;
            Speed := Total;
            JamTimer(IN := EStop_OK, PT := T#3S);
            IF JamTimer.Done THEN
                Motor_Run := FALSE;
            END_IF;
            END_PROGRAM

            """);

        var result = CliRunner.Run(site.Path, "check", "PRG_Line.st");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("PRG_Line.st:9:10: error ST1008: cannot assign DINT to 'Speed' of type INT", result.StdOut);
        Assert.Contains("PRG_Line.st:11:13: error ST1002: TON has no member 'Done'", result.StdOut);
        Assert.Contains("PRG_Line.st:12:5: error ST1001: 'Motor_Run' is not declared", result.StdOut);
        Assert.Contains("PRG_Line.st:4:5: warning ST2002: 'Speed' is written but never read", result.StdOut);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PlcFleet.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
