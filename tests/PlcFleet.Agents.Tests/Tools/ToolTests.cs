using PlcFleet.Agents.Tests.Fakes;
using PlcFleet.Agents.Tools;

namespace PlcFleet.Agents.Tests.Tools;

public sealed class ToolTests : IDisposable
{
    private readonly SiteWorkspace site = new();
    private readonly WorkspaceGuard guard;

    public ToolTests() => guard = new WorkspaceGuard(site.Workspace);

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("../secret.txt", "contains '..'")]
    [InlineData("src/../../secret.txt", "contains '..'")]
    [InlineData("/etc/passwd", "absolute path")]
    [InlineData("C:\\Windows\\win.ini", "absolute path")]
    [InlineData("~/notes", "absolute path")]
    [InlineData("", "a path is required")]
    [InlineData(".git/config", ".git folder")]
    public void Path_confinement_refuses(string path, string reason)
    {
        var resolved = guard.Resolve(path);
        Assert.False(resolved.IsValid);
        Assert.Contains(reason, resolved.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Symlink_pointing_outside_is_refused()
    {
        var outside = site.NewFolder("outside");
        File.WriteAllText(Path.Combine(outside, "plant.txt"), "secret");
        Directory.CreateSymbolicLink(Path.Combine(site.Workspace, "src", "linked"), outside);
        File.CreateSymbolicLink(Path.Combine(site.Workspace, "notes.txt"), Path.Combine(outside, "plant.txt"));

        Assert.Contains("outside the workspace", guard.Resolve("src/linked/plant.txt").Error, StringComparison.Ordinal);
        Assert.Contains("outside the workspace", guard.Resolve("notes.txt").Error, StringComparison.Ordinal);
        Assert.StartsWith("error:", new ReadFileTool(guard).Run("notes.txt"), StringComparison.Ordinal);
        Assert.Equal("no matches", new SearchTool(guard).Run("secret"));
    }

    [Fact]
    public void Symlink_inside_the_workspace_is_allowed()
    {
        File.CreateSymbolicLink(Path.Combine(site.Workspace, "conveyor.st"), Path.Combine(site.Workspace, SiteWorkspace.ConveyorPath));
        Assert.True(guard.Resolve("conveyor.st").IsValid);
    }

    [Fact]
    public void Read_file_numbers_lines_and_honours_the_range()
    {
        var text = new ReadFileTool(guard).Run(SiteWorkspace.ConveyorPath, 14, 15);
        Assert.Equal("14| tStartDelay(IN := xStart AND xEStopOk, PT := T#2S);\n15| xMotorRun := tStartDelay.Q AND xGuardClosed AND xEStopOk AND NOT xStop;", text);
    }

    [Fact]
    public void Read_file_caps_long_files()
    {
        site.Write("src/GVL_Io.st", string.Join('\n', Enumerable.Range(1, 1000).Select(i => $"    xInput{i} AT %IX{i / 8}.{i % 8} : BOOL;")));
        var text = new ReadFileTool(guard).Run("src/GVL_Io.st");
        Assert.Contains("call read_file with start_line=401", text, StringComparison.Ordinal);
        Assert.Equal(ReadFileTool.MaxLines + 1, text.Split('\n').Length);
    }

    [Theory]
    [InlineData("src/Conveyor/Missing.st", null, "does not exist")]
    [InlineData(SiteWorkspace.ConveyorPath, 99, "has only 16 lines")]
    public void Read_file_errors_are_helpful(string path, int? start, string message)
    {
        Assert.Contains(message, new ReadFileTool(guard).Run(path, start), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_lists_file_line_text()
    {
        var text = new SearchTool(guard).Run(@"xEStopOk\s+AND", "src/**/*.st");
        Assert.Equal("src/Conveyor/FB_Conveyor.st:15: xMotorRun := tStartDelay.Q AND xGuardClosed AND xEStopOk AND NOT xStop;", text);
    }

    [Fact]
    public void Search_with_invalid_regex_explains_escaping()
    {
        var text = new SearchTool(guard).Run("TON(");
        Assert.StartsWith("error: invalid regular expression", text, StringComparison.Ordinal);
        Assert.Contains("backslash", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_caps_results()
    {
        site.Write("src/GVL_Io.st", string.Join('\n', Enumerable.Range(1, 200).Select(i => $"xInput{i} : BOOL;")));
        var text = new SearchTool(guard).Run("xInput");
        Assert.EndsWith($"... and {200 - SearchTool.MaxResults} more matches; narrow the regex or path_glob", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_glob_filters_files()
    {
        Assert.Equal("no matches in files matching tests/**", new SearchTool(guard).Run("FUNCTION_BLOCK", "tests/**"));
    }

    [Fact]
    public void Edit_replaces_one_exact_occurrence()
    {
        var editor = new EditFileTool(guard);
        var answer = editor.Run(SiteWorkspace.ConveyorPath, "PT := T#2S", "PT := T#3S");
        Assert.Equal("edited src/Conveyor/FB_Conveyor.st: replaced 1 line(s) at line 14 with 1 line(s)", answer);
        Assert.Contains("PT := T#3S", site.Read(SiteWorkspace.ConveyorPath), StringComparison.Ordinal);
        Assert.Single(editor.Applied);
    }

    [Fact]
    public void Edit_with_no_match_points_at_the_closest_line()
    {
        var answer = new EditFileTool(guard).Run(SiteWorkspace.ConveyorPath, "tStartDelay(IN := xStart, PT := T#2S);", "x");
        Assert.StartsWith("error: found 0 matches in src/Conveyor/FB_Conveyor.st; the closest line is 14: tStartDelay(IN := xStart AND xEStopOk, PT := T#2S);", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_with_several_matches_lists_their_lines()
    {
        var answer = new EditFileTool(guard).Run(SiteWorkspace.ConveyorPath, "xEStopOk", "xEStopOK");
        Assert.Equal("error: found 3 matches at lines 5, 14, 15; include more context so the search text is unique", answer);
        Assert.DoesNotContain("xEStopOK", site.Read(SiteWorkspace.ConveyorPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_refuses_read_only_scenario_tests()
    {
        var answer = new EditFileTool(guard).Run(SiteWorkspace.ScenarioPath, "2100ms", "5000ms");
        Assert.Contains("read-only", answer, StringComparison.Ordinal);
        Assert.Equal(SiteWorkspace.Scenario, site.Read(SiteWorkspace.ScenarioPath));
    }

    [Fact]
    public void Edit_with_empty_search_creates_a_new_file_only()
    {
        var editor = new EditFileTool(guard);
        Assert.Equal("created src/Conveyor/FB_Belt.st (2 lines)", editor.Run("src/Conveyor/FB_Belt.st", "", "FUNCTION_BLOCK FB_Belt\nEND_FUNCTION_BLOCK\n"));
        Assert.Contains("already exists", editor.Run(SiteWorkspace.ConveyorPath, "", "x"), StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_matches_across_crlf_line_endings()
    {
        site.Write("src/Press.st", "IF xGuard THEN\r\n    xValve := TRUE;\r\nEND_IF\r\n");
        var answer = new EditFileTool(guard).Run("src/Press.st", "IF xGuard THEN\n    xValve := TRUE;", "IF xGuard AND xTwoHand THEN\n    xValve := TRUE;");
        Assert.StartsWith("edited", answer, StringComparison.Ordinal);
        Assert.Equal("IF xGuard AND xTwoHand THEN\r\n    xValve := TRUE;\r\nEND_IF\r\n", site.Read("src/Press.st"));
    }

    [Fact]
    public void Toolbox_exposes_exactly_four_tools()
    {
        var toolbox = new AgentToolbox(new PlcFleet.Verification.Framework.VerificationContext(site.Workspace), new PlcFleet.Verification.Framework.VerificationRunner([]));
        Assert.Equal(["read_file", "search", "edit_file", "verify"], toolbox.Tools.Select(t => t.Name));
    }
}
