using PlcFleet.TestSupport.Llm;

namespace PlcFleet.EndToEnd.Tests.Agent;

/// <summary>
/// <c>plcfleet agent run</c> and <c>agent replay</c> as a site engineer uses them: the real CLI in a child process,
/// a real git repository copied from the Lyon L1 example site, the guard-monitor migration, and a fake LLM server
/// speaking the providers' wire formats with scripted replies.
/// </summary>
public sealed class AgentRunTests : IDisposable
{
    private readonly LyonSiteRepository site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Success_first_time_commits_one_change_on_the_migration_branch_and_replays()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", AgentCli.Edit(LyonSiteRepository.GuardIfBlock, LyonSiteRepository.GuardMonitorCall)),
            OpenAIWire.ToolCall("verify", new { }),
            OpenAIWire.Text("Replaced the guard door IF block with SAFETY_GUARD_MONITOR; verify is OK."),
            OpenAIWire.Text(AgentCli.Approve()),
            OpenAIWire.Text("The prompt could say whether PRG_Alarms also evaluates guards."));
        var mainBefore = site.Git.Head();

        var result = AgentCli.Run(site, server);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("outcome: changed and verified", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("verify: OK (scope, compile, safety, simulation, equivalence)", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("judge: approved", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("src/PRG_Main.st | 6 +", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, site.CommitsOnBranch());
        Assert.Contains(LyonSiteRepository.GuardMonitorCall, site.ReadOnBranch(LyonSiteRepository.MainProgram), StringComparison.Ordinal);
        Assert.Equal(mainBefore, site.Git.Head());
        Assert.False(site.Git.IsDirty(), "the site checkout must not be touched");
        Assert.Contains("verify: OK (scope, compile, safety, simulation, equivalence)", server.Requests[2].Body, StringComparison.Ordinal);
        Assert.Contains("Bearer " + AgentCli.Key, server.Requests[0].Headers["Authorization"], StringComparison.Ordinal);

        var transcript = AgentCli.TranscriptPath(result);
        Assert.DoesNotContain(AgentCli.Key, File.ReadAllText(transcript), StringComparison.Ordinal);

        var replay = CliRunner.Run(site.FolderPath, "agent", "replay", transcript, "--repo", site.Root);

        Assert.True(replay.ExitCode == 0, replay.ToString());
        Assert.Contains("1 edit(s) applied, 0 failed", replay.StdOut, StringComparison.Ordinal);
        Assert.Contains("verify: OK (scope, compile, safety, simulation, equivalence)", replay.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Success_over_the_anthropic_wire_format()
    {
        using var server = new FakeLlmServer().Enqueue(
            AnthropicWire.ToolUse("edit_file", AgentCli.Edit(LyonSiteRepository.GuardIfBlock, LyonSiteRepository.GuardMonitorCall), thinking: "One guard door in PRG_Main."),
            AnthropicWire.Text("Done."),
            AnthropicWire.Text(AgentCli.Approve()),
            AnthropicWire.Text("Nothing was missing."));

        var result = AgentCli.Run(site, server, anthropic: true);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("/v1/messages", server.Requests[0].Path);
        Assert.Equal(1, site.CommitsOnBranch());
    }

    [Fact]
    public void Failed_verification_goes_back_to_the_agent_which_fixes_it()
    {
        var broken = LyonSiteRepository.GuardMonitorCall.TrimEnd(';');
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", AgentCli.Edit(LyonSiteRepository.GuardIfBlock, broken)),
            OpenAIWire.Text("Done."),
            OpenAIWire.ToolCall("edit_file", AgentCli.Edit(broken, LyonSiteRepository.GuardMonitorCall)),
            OpenAIWire.Text("Added the missing semicolon."),
            OpenAIWire.Text(AgentCli.Approve()),
            OpenAIWire.Text("Nothing was missing."));

        var result = AgentCli.Run(site, server);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("attempts: 2", result.StdOut, StringComparison.Ordinal);
        var feedback = server.Requests[2].Body;
        Assert.Contains("verify: FAILED (compile)", feedback, StringComparison.Ordinal);
        Assert.Contains("src/PRG_Main.st:", feedback, StringComparison.Ordinal);
        Assert.Contains(LyonSiteRepository.GuardMonitorCall, site.ReadOnBranch(LyonSiteRepository.MainProgram), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_veto_goes_back_to_the_agent_which_narrows_the_change()
    {
        const string timer = "tonStartWarn(IN := State = 10, PT := T#500MS);";
        // An unrequested but harmless edit: a shortened timer would now be stopped by the safety verifier before the
        // judge ever sees it, so the judge's scope veto is exercised with a comment added to an unrelated line.
        var faster = timer + " // tuned at commissioning";
        Assert.Contains(timer, File.ReadAllText(Path.Combine(site.Root, LyonSiteRepository.MainProgram)), StringComparison.Ordinal);
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCalls(
                ("edit_file", System.Text.Json.JsonSerializer.Serialize(AgentCli.Edit(LyonSiteRepository.GuardIfBlock, LyonSiteRepository.GuardMonitorCall))),
                ("edit_file", System.Text.Json.JsonSerializer.Serialize(AgentCli.Edit(timer, faster)))),
            OpenAIWire.Text("Replaced the guard block and noted the start warning tuning."),
            OpenAIWire.Text(AgentCli.Reject("the start warning line was edited; the migration does not ask for it", "src/PRG_Main.st: // tuned at commissioning")),
            OpenAIWire.ToolCall("edit_file", AgentCli.Edit(faster, timer)),
            OpenAIWire.Text("Restored the start warning line."),
            OpenAIWire.Text(AgentCli.Approve()),
            OpenAIWire.Text("Say that timer presets stay as they are."));

        var result = AgentCli.Run(site, server);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("judge vetoes: 1", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("the start warning line was edited", server.Requests[3].Body, StringComparison.Ordinal);
        var committed = site.ReadOnBranch(LyonSiteRepository.MainProgram);
        Assert.Contains(timer, committed, StringComparison.Ordinal);
        Assert.Contains(LyonSiteRepository.GuardMonitorCall, committed, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_scope_edit_fails_and_leaves_no_branch()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", AgentCli.Edit("FUNCTION SAFETY_GUARD_MONITOR", "FUNCTION SAFETY_GUARD_MONITOR // tuned on site", "src/Lib/SafetyLib.st")),
            OpenAIWire.Text("Adjusted the library."),
            OpenAIWire.Text("The library change is needed."),
            OpenAIWire.Text("I keep the library change."),
            OpenAIWire.Text("The prompt should say why the library is off limits."));

        var result = AgentCli.Run(site, server);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("outcome: failed verification", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("scope SCOPE001 src/Lib/SafetyLib.st:", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("branch: none", result.StdOut, StringComparison.Ordinal);
        Assert.False(site.Git.BranchExists(LyonSiteRepository.Branch));
    }

    [Fact]
    public void Rate_limit_is_retried_after_the_servers_delay()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.Error(429, "Rate limit reached for requests", new Dictionary<string, string> { ["Retry-After"] = "1" }),
            OpenAIWire.ToolCall("edit_file", AgentCli.Edit(LyonSiteRepository.GuardIfBlock, LyonSiteRepository.GuardMonitorCall)),
            OpenAIWire.Text("Done."),
            OpenAIWire.Text(AgentCli.Approve()),
            OpenAIWire.Text("Nothing was missing."));

        var result = AgentCli.Run(site, server);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(5, server.Requests.Count);
        Assert.Equal(1, site.CommitsOnBranch());
    }

    [Fact]
    public void Unauthorized_key_is_a_configuration_error_without_the_key_in_the_output()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.Error(401, $"Incorrect API key provided: {AgentCli.Key}"));

        var result = AgentCli.Run(site, server);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("401", result.StdOut + result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(AgentCli.Key, result.StdOut + result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(AgentCli.Key, File.ReadAllText(AgentCli.TranscriptPath(result)), StringComparison.Ordinal);
        Assert.False(site.Git.BranchExists(LyonSiteRepository.Branch));
    }

    [Fact]
    public void Rewrite_migration_without_a_provider_runs_the_structural_rewrite_agent()
    {
        var result = CliRunner.Run(site.FolderPath, "agent", "run", "--migration", site.MigrationFile, "--repo", site.Root, "--work", site.WorkFolder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("outcome: changed and verified", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("judge: off (no LLM configured)", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, site.CommitsOnBranch());
        var committed = site.ReadOnBranch(LyonSiteRepository.MainProgram);
        Assert.Contains(LyonSiteRepository.GuardMonitorCall, committed, StringComparison.Ordinal);
        Assert.DoesNotContain("IF GuardDoor_Ch1 AND GuardDoor_Ch2 THEN", committed, StringComparison.Ordinal);

        var replay = CliRunner.Run(site.FolderPath, "agent", "replay", AgentCli.TranscriptPath(result), "--repo", site.Root);

        Assert.True(replay.ExitCode == 0, replay.ToString());
        Assert.Contains("0 failed", replay.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_api_key_variable_is_a_configuration_error_and_leaves_no_branch()
    {
        var result = CliRunner.Run(site.FolderPath, "agent", "run", "--migration", site.MigrationFile, "--repo", site.Root,
            "--provider", "anthropic", "--model", "claude-sonnet-4-5", "--api-key-env", "PLCFLEET_E2E_NOT_SET");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("PLCFLEET_E2E_NOT_SET", result.StdErr, StringComparison.Ordinal);
        Assert.False(site.Git.BranchExists(LyonSiteRepository.Branch));
    }

    [Fact]
    public void Migration_with_errors_is_reported_with_its_position()
    {
        var migration = Path.Combine(site.FolderPath, "broken.md");
        File.WriteAllText(migration, "---\nid: guard-monitor\ntitle: Guard monitor\nversion: two\n---\n\n# Guard monitor\n");

        var result = CliRunner.Run(site.FolderPath, "agent", "run", "--migration", migration, "--repo", site.Root, "--model", "m");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("broken.md:4:", result.StdErr, StringComparison.Ordinal);
    }
}
