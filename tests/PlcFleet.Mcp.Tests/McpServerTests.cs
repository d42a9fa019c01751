namespace PlcFleet.Mcp.Tests;

/// <summary>The MCP server as Claude Code or VS Code sees it: the tool list, <c>check</c> and <c>verify</c> on a real site.</summary>
public sealed class McpServerTests : IDisposable
{
    private readonly SiteFolder site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task Lists_the_five_tools_with_descriptions_and_typed_parameters()
    {
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var tools = await mcp.Client.ListToolsAsync();

        Assert.Equal(["check", "equiv", "safety_check", "simulate", "verify"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
        var verify = tools.Single(t => t.Name == "verify").JsonSchema.GetRawText();
        Assert.Contains("\"workspace\"", verify, StringComparison.Ordinal);
        Assert.Contains("\"baseline\"", verify, StringComparison.Ordinal);
        Assert.Contains("\"scope\"", verify, StringComparison.Ordinal);
        var equiv = tools.Single(t => t.Name == "equiv").JsonSchema.GetRawText();
        Assert.Contains("\"seed\"", equiv, StringComparison.Ordinal);
        Assert.Contains("\"traces\"", equiv, StringComparison.Ordinal);
        Assert.Contains("\"program\"", equiv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_reports_clean_code_and_an_error_at_its_position()
    {
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (clean, cleanIsError) = await mcp.CallAsync("check", new() { ["path"] = site.Root });
        site.Write(SiteFolder.ConveyorPath, SiteFolder.ConveyorMissingSemicolon);
        var (broken, brokenIsError) = await mcp.CallAsync("check", new() { ["path"] = site.Root });

        Assert.False(cleanIsError);
        Assert.True(brokenIsError);
        Assert.Contains("1 file(s)", clean, StringComparison.Ordinal);
        Assert.Contains(": 0 error(s)", clean, StringComparison.Ordinal);
        Assert.Contains("PRG_Conveyor.st:10:23: error ST0010: expected ';'", broken, StringComparison.Ordinal);
        Assert.Contains(": 1 error(s)", broken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_of_a_missing_path_says_so()
    {
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, isError) = await mcp.CallAsync("check", new() { ["path"] = site.FullPath("no-such-folder") });

        Assert.Contains("does not exist", text, StringComparison.Ordinal);
        Assert.True(isError);
    }

    [Fact]
    public async Task An_unknown_tool_is_a_protocol_error_without_a_stack_trace_on_stderr()
    {
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => mcp.CallAsync("chek", new() { ["path"] = site.Root }));
        var (_, isError) = await mcp.CallAsync("check", new() { ["path"] = site.Root });

        Assert.Contains("chek", error.Message, StringComparison.Ordinal);
        Assert.False(isError);
        Assert.DoesNotContain("   at ", mcp.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_passes_a_change_in_scope_against_the_last_commit()
    {
        site.Write(SiteFolder.ConveyorPath, SiteFolder.Conveyor.Replace("PT := T#3S", "PT := T#4S", StringComparison.Ordinal));
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, isError) = await mcp.CallAsync("verify", new() { ["workspace"] = site.Root, ["scope"] = new[] { "src/**/*.st" } });

        Assert.Equal("verify: OK (scope, compile, safety, simulation, equivalence)", text);
        Assert.False(isError);
    }

    [Fact]
    public async Task Verify_fails_a_compile_error_and_an_edited_scenario_test()
    {
        site.Write(SiteFolder.ConveyorPath, SiteFolder.ConveyorMissingSemicolon);
        site.Write(SiteFolder.ScenarioPath, SiteFolder.Scenario.Replace("expect: { Motor_Run: true }", "expect: {}", StringComparison.Ordinal));
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, isError) = await mcp.CallAsync("verify", new() { ["workspace"] = site.Root });

        Assert.StartsWith("verify: FAILED (scope, compile)", text, StringComparison.Ordinal);
        Assert.True(isError);
        Assert.Contains("compile ST0010 src/PRG_Conveyor.st:10: expected ';'", text, StringComparison.Ordinal);
        Assert.Contains("scope SCOPE003 tests/start.scenario.yaml:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_compares_with_a_baseline_folder_when_given()
    {
        var baseline = Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-before");
        Directory.CreateDirectory(Path.Combine(baseline, "src"));
        File.WriteAllText(Path.Combine(baseline, SiteFolder.ConveyorPath), SiteFolder.Conveyor);
        Directory.CreateDirectory(Path.Combine(baseline, "tests"));
        File.WriteAllText(Path.Combine(baseline, SiteFolder.ScenarioPath), SiteFolder.Scenario);
        site.Write("src/PRG_Alarms.st", "PROGRAM PRG_Alarms\nVAR\n    Horn : BOOL;\nEND_VAR\nHorn := FALSE;\nEND_PROGRAM\n");
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        try
        {
            var (text, _) = await mcp.CallAsync("verify", new() { ["workspace"] = site.Root, ["baseline"] = baseline, ["scope"] = new[] { "src/PRG_Conveyor.st" } });

            Assert.StartsWith("verify: FAILED (scope)", text, StringComparison.Ordinal);
            Assert.Contains("scope SCOPE001 src/PRG_Alarms.st:", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(baseline, recursive: true);
        }
    }
}
