using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;
using PlcFleet.Agents.Tests.Fakes;
using PlcFleet.Agents.Transcripts;
using PlcFleet.Formats.Workspaces;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Agents.Tests.Sessions;

public sealed class AgentSessionTests : IDisposable
{
    private readonly SiteWorkspace site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task Succeeds_first_time_over_openai_wire_format()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("search", new { regex = "PT := T#2S" }),
            OpenAIWire.ToolCall("read_file", new { path = SiteWorkspace.ConveyorPath, start_line = 14, end_line = 15 }),
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#2S", "PT := T#3S")),
            OpenAIWire.ToolCall("verify", new { }),
            OpenAIWire.Text("Raised the start delay to T#3S; verify is OK."),
            OpenAIWire.Text("The prompt did not say whether other conveyors share the delay."));

        var (result, transcriptPath) = await SessionHarness.RunAsync(server, site);

        Assert.Equal(SessionOutcome.ChangedAndVerified, result.Outcome);
        Assert.Contains("PT := T#3S", site.Read(SiteWorkspace.ConveyorPath), StringComparison.Ordinal);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(5, result.Turns);
        Assert.Equal(6 * 1200, result.Usage.InputTokens);
        Assert.Equal((6 * 1200 * 3m / 1_000_000m) + (6 * 80 * 15m / 1_000_000m), result.EstimatedCost);
        Assert.Contains("other conveyors", result.Debrief, StringComparison.Ordinal);
        Assert.Single(result.Edits);
        Assert.Contains("+tStartDelay(IN := xStart AND xEStopOk, PT := T#3S);", result.Diff, StringComparison.Ordinal);

        var first = server.Requests[0];
        Assert.Equal("/v1/chat/completions", first.Path);
        Assert.Contains("\"edit_file\"", first.Body, StringComparison.Ordinal);
        Assert.Contains("Bearer " + SessionHarness.ApiKey, first.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("verify: OK (scope, safety)", server.Requests[4].Body, StringComparison.Ordinal);

        var events = TranscriptReader.Read(transcriptPath);
        Assert.Contains(events, e => e.Type == TranscriptEventType.Verification && e.Outcome == "Passed");
        Assert.Equal("ChangedAndVerified", events[^1].Outcome);
        Assert.Contains(events, e => e.Type == TranscriptEventType.Debrief);
    }

    [Fact]
    public async Task A_new_file_ending_with_a_newline_does_not_crash_the_session()
    {
        // Was an IndexOutOfRangeException in the unified diff: every ordinary new POU ends with a newline.
        const string Alarm = "FUNCTION_BLOCK FB_ConveyorAlarm\nVAR_INPUT xJam : BOOL; END_VAR\nVAR_OUTPUT qAlarm : BOOL; END_VAR\nqAlarm := xJam;\nEND_FUNCTION_BLOCK\n";
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("", Alarm, "src/Conveyor/FB_ConveyorAlarm.st")),
            OpenAIWire.Text("Added the jam alarm block."),
            OpenAIWire.Text("Nothing was missing."));

        var (result, _) = await SessionHarness.RunAsync(server, site);

        Assert.Equal(SessionOutcome.ChangedAndVerified, result.Outcome);
        Assert.Contains("--- /dev/null\n+++ b/src/Conveyor/FB_ConveyorAlarm.st\n@@ -0,0 +1,5 @@\n+FUNCTION_BLOCK FB_ConveyorAlarm\n", result.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_edit_is_a_tool_error_and_is_neither_recorded_nor_re_sent()
    {
        var huge = new string('x', 2_000_000);
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#2S", huge)),
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#2S", "PT := T#3S")),
            OpenAIWire.Text("Raised the start delay."),
            OpenAIWire.Text("Nothing was missing."));

        var (result, transcriptPath) = await SessionHarness.RunAsync(server, site);

        Assert.Equal(SessionOutcome.ChangedAndVerified, result.Outcome);
        Assert.Contains("at most", server.Requests[1].Body, StringComparison.Ordinal);
        Assert.All(server.Requests.Skip(1), r => Assert.True(r.Body.Length < 200_000, $"request of {r.Body.Length} characters"));
        Assert.True(new FileInfo(transcriptPath).Length < 200_000);
    }

    [Fact]
    public async Task Succeeds_over_anthropic_wire_format()
    {
        using var server = new FakeLlmServer().Enqueue(
            AnthropicWire.ToolUse("edit_file", SessionHarness.Edit("PT := T#2S", "PT := T#3S"), thinking: "Changing the preset."),
            AnthropicWire.ToolUse("verify", new { }),
            AnthropicWire.Text("Done."),
            AnthropicWire.Text("Nothing was missing."));

        var (result, _) = await SessionHarness.RunAsync(server, site, ProviderKind.Anthropic);

        Assert.Equal(SessionOutcome.ChangedAndVerified, result.Outcome);
        Assert.Equal("/v1/messages", server.Requests[0].Path);
        var headers = server.Requests[0].Headers;
        var sentOurKey = (headers.TryGetValue("x-api-key", out var key) && key == SessionHarness.ApiKey)
            || (headers.TryGetValue("Authorization", out var auth) && auth == "Bearer " + SessionHarness.ApiKey);
        Assert.True(sentOurKey, "the configured key was not sent");
        Assert.Contains("tool_result", server.Requests[1].Body, StringComparison.Ordinal);
        Assert.Contains("edited src/Conveyor/FB_Conveyor.st", server.Requests[1].Body, StringComparison.Ordinal);
        Assert.Equal(4 * 900, result.Usage.InputTokens);
    }

    [Fact]
    public async Task Failed_verification_is_fed_back_and_the_agent_fixes_it()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#2S);", "PT := T#3S);\nxGuardClosed := TRUE;")),
            OpenAIWire.Text("Done."),
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("\nxGuardClosed := TRUE;", "")),
            OpenAIWire.Text("Removed the bypass."),
            OpenAIWire.Text("Say that guards must never be bypassed."));

        var (result, _) = await SessionHarness.RunAsync(server, site);

        Assert.Equal(SessionOutcome.ChangedAndVerified, result.Outcome);
        Assert.Equal(2, result.Attempts);
        var feedback = server.Requests[2].Body;
        Assert.Contains("verify: FAILED (safety)", feedback, StringComparison.Ordinal);
        Assert.Contains("safety SAFE001 src/Conveyor/FB_Conveyor.st:15:", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("pattern rule", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("xGuardClosed := TRUE", site.Read(SiteWorkspace.ConveyorPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_failing_on_every_attempt_ends_as_failed_verification()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#2S);", "PT := T#3S);\nxEStopOk := TRUE;")),
            OpenAIWire.Text("Done."),
            OpenAIWire.Text("Still done."),
            OpenAIWire.Text("Debrief."));

        var (result, _) = await SessionHarness.RunAsync(server, site, adjust: r => r with { Limits = new SessionLimits { MaxAttempts = 2 } });

        Assert.Equal(SessionOutcome.FailedVerification, result.Outcome);
        Assert.Equal(["safety"], result.FailedVerifiers);
        Assert.Equal(SessionEndReason.AttemptLimit, result.EndReason);
    }

    [Fact]
    public async Task Judge_veto_goes_back_and_the_agent_narrows_the_change()
    {
        using var judgeServer = new FakeLlmServer().Enqueue(
            OpenAIWire.Text("""{"decision":"reject","reasons":["the alarm horn logic was changed but the migration only asks for the start delay"],"outOfScopeHunks":["src/Conveyor/FB_Conveyor.st: // tidy"],"safetyElementsChangedUnasked":false,"certifiedModulesTouched":false,"timingsChanged":true,"forcingOrBypassAdded":false}"""),
            OpenAIWire.Text("""{"decision":"approve","reasons":["only the preset changed, as asked"],"outOfScopeHunks":[],"safetyElementsChangedUnasked":false,"certifiedModulesTouched":false,"timingsChanged":true,"forcingOrBypassAdded":false}"""));
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#2S);", "PT := T#3S); // tidy")),
            OpenAIWire.Text("I also tidied a comment because I think it reads better."),
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#3S); // tidy", "PT := T#3S);")),
            OpenAIWire.Text("Reverted the extra comment."),
            OpenAIWire.Text("Say 'no other edits' explicitly."));
        var judge = new LlmChangeJudge(SessionHarness.Connect(SessionHarness.Settings(judgeServer)).Client);

        var (result, _) = await SessionHarness.RunAsync(server, site, adjust: r => r with { Judge = judge });

        Assert.Equal(SessionOutcome.ChangedAndVerified, result.Outcome);
        Assert.Equal(1, result.JudgeVetoes);
        Assert.True(result.RecoveredAfterVeto);
        Assert.Contains("reviewer rejected", server.Requests[2].Body, StringComparison.Ordinal);
        var judgeRequest = judgeServer.Requests[0].Body;
        Assert.Contains("T#3S", judgeRequest, StringComparison.Ordinal);
        Assert.Contains("json_schema", judgeRequest, StringComparison.Ordinal);
        Assert.DoesNotContain("reads better", judgeRequest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_vetoing_every_attempt_ends_as_vetoed()
    {
        const string reject = """{"decision":"reject","reasons":["bypass"],"outOfScopeHunks":[],"safetyElementsChangedUnasked":true,"certifiedModulesTouched":false,"timingsChanged":false,"forcingOrBypassAdded":false}""";
        using var judgeServer = new FakeLlmServer().Enqueue(OpenAIWire.Text(reject));
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#2S", "PT := T#3S")),
            OpenAIWire.Text("Done."),
            OpenAIWire.Text("Debrief."));
        var judge = new LlmChangeJudge(SessionHarness.Connect(SessionHarness.Settings(judgeServer)).Client);

        var (result, _) = await SessionHarness.RunAsync(server, site, adjust: r => r with { Judge = judge, Limits = new SessionLimits { MaxAttempts = 1 } });

        Assert.Equal(SessionOutcome.VetoedByJudge, result.Outcome);
        Assert.False(result.RecoveredAfterVeto);
        Assert.Contains("safety elements were changed", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_is_not_asked_when_a_verifier_fails()
    {
        using var judgeServer = new FakeLlmServer();
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#2S);", "PT := T#3S);\nxEStopOk := TRUE;")),
            OpenAIWire.Text("Done."),
            OpenAIWire.Text("Debrief."));
        var judge = new LlmChangeJudge(SessionHarness.Connect(SessionHarness.Settings(judgeServer)).Client);

        var (result, _) = await SessionHarness.RunAsync(server, site, adjust: r => r with { Judge = judge, Limits = new SessionLimits { MaxAttempts = 1 } });

        Assert.Equal(SessionOutcome.FailedVerification, result.Outcome);
        Assert.Empty(judgeServer.Requests);
    }

    [Fact]
    public async Task Edit_outside_scope_fails_the_scope_verifier()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#2S", "PT := T#3S")),
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("xAlarmHorn := xMotorOverload;", "xAlarmHorn := xMotorOverload OR xStop;", SiteWorkspace.AlarmPath)),
            OpenAIWire.Text("Done."),
            OpenAIWire.Text("Debrief."));

        var (result, _) = await SessionHarness.RunAsync(server, site, adjust: r => r with { Limits = new SessionLimits { MaxAttempts = 1 } });

        Assert.Equal(SessionOutcome.FailedVerification, result.Outcome);
        Assert.Equal(["scope"], result.FailedVerifiers);
        Assert.Contains("SCOPE001", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escaping_paths_are_rejected_and_nothing_changes()
    {
        File.WriteAllText(Path.Combine(site.Root, "secret.txt"), "plant network password");
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("read_file", new { path = "../secret.txt" }),
            OpenAIWire.ToolCall("read_file", new { path = Path.Combine(site.Root, "secret.txt") }),
            OpenAIWire.ToolCall("edit_file", new { path = "/etc/hosts", search = "localhost", replace = "plc" }),
            OpenAIWire.Text("Nothing in this workspace matched."),
            OpenAIWire.Text("Debrief."));

        var (result, _) = await SessionHarness.RunAsync(server, site);

        Assert.Equal(SessionOutcome.NoChangeNeeded, result.Outcome);
        Assert.Contains("contains '..'", server.Requests[1].Body, StringComparison.Ordinal);
        Assert.Contains("is an absolute path", server.Requests[2].Body, StringComparison.Ordinal);
        Assert.Contains("is an absolute path", server.Requests[3].Body, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Body.Contains("plant network password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_tool_arguments_are_fed_back_and_the_session_continues()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCalls(("read_file", "{\"path\": \"src/Conveyor/FB_Conv")),
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#2S", "PT := T#3S")),
            OpenAIWire.Text("Done."),
            OpenAIWire.Text("Debrief."));

        var (result, transcriptPath) = await SessionHarness.RunAsync(server, site);

        Assert.Equal(SessionOutcome.ChangedAndVerified, result.Outcome);
        Assert.Contains("not valid JSON", server.Requests[1].Body, StringComparison.Ordinal);
        Assert.Contains(TranscriptReader.Read(transcriptPath), e => e.Type == TranscriptEventType.ToolResult && e.IsError == true);
    }

    [Fact]
    public async Task Unknown_tool_and_missing_argument_are_errors_for_the_model()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("run_shell", new { command = "rm -rf /" }),
            OpenAIWire.ToolCall("read_file", new { start_line = 3 }),
            OpenAIWire.Text("Nothing matched."),
            OpenAIWire.Text("Debrief."));

        var (result, _) = await SessionHarness.RunAsync(server, site);

        Assert.Equal(SessionOutcome.NoChangeNeeded, result.Outcome);
        Assert.Contains("unknown tool 'run_shell'", server.Requests[1].Body, StringComparison.Ordinal);
        Assert.Contains("error:", server.Requests[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turn_limit_ends_the_session()
    {
        var turn = 0;
        using var server = new FakeLlmServer(_ => OpenAIWire.ToolCall("read_file", new { path = SiteWorkspace.ConveyorPath, start_line = Interlocked.Increment(ref turn) }));

        var (result, _) = await SessionHarness.RunAsync(server, site, adjust: r => r with { Limits = new SessionLimits { MaxTurnsPerAttempt = 4 }, AskForDebrief = false });

        Assert.Equal(SessionOutcome.Error, result.Outcome);
        Assert.Equal(SessionEndReason.TurnLimit, result.EndReason);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Identical_calls_without_progress_end_as_a_loop()
    {
        using var server = new FakeLlmServer(_ => OpenAIWire.ToolCall("search", new { regex = "xEStopOk" }));

        var (result, _) = await SessionHarness.RunAsync(server, site, adjust: r => r with { AskForDebrief = false });

        Assert.Equal(SessionOutcome.Error, result.Outcome);
        Assert.Equal(SessionEndReason.Loop, result.EndReason);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Token_limit_ends_the_session()
    {
        using var server = new FakeLlmServer(_ => OpenAIWire.ToolCall("search", new { regex = Guid.NewGuid().ToString("N") }));

        var (result, _) = await SessionHarness.RunAsync(server, site, adjust: r => r with { Limits = new SessionLimits { MaxTokens = 2000 } });

        Assert.Equal(SessionEndReason.TokenLimit, result.EndReason);
        Assert.Equal(2, server.Requests.Count);
        Assert.Null(result.Debrief);
    }

    [Fact]
    public async Task Cost_limit_ends_the_session()
    {
        using var server = new FakeLlmServer(_ => OpenAIWire.ToolCall("search", new { regex = Guid.NewGuid().ToString("N") }));

        var (result, _) = await SessionHarness.RunAsync(server, site, adjust: r => r with { Limits = new SessionLimits { MaxCost = 0.001m } });

        Assert.Equal(SessionEndReason.CostLimit, result.EndReason);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Rate_limit_with_retry_after_is_waited_out()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.Error(429, "rate limited", new Dictionary<string, string> { ["Retry-After"] = "1" }),
            OpenAIWire.Text("Nothing matched."),
            OpenAIWire.Text("Debrief."));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var (result, _) = await SessionHarness.RunAsync(server, site);

        Assert.Equal(SessionOutcome.NoChangeNeeded, result.Outcome);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"waited only {watch.Elapsed}");
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Timeout_is_a_clear_provider_error()
    {
        using var server = new FakeLlmServer().Enqueue(OpenAIWire.Text("too late") with { Delay = TimeSpan.FromSeconds(3) });
        var settings = SessionHarness.Settings(server) with { Timeout = TimeSpan.FromMilliseconds(300), MaxRetries = 0 };

        var (result, _) = await SessionHarness.RunAsync(server, site, settings: settings);

        Assert.Equal(SessionOutcome.Error, result.Outcome);
        Assert.Equal(SessionEndReason.ProviderError, result.EndReason);
        Assert.Contains("did not answer within 0.3 s", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_key_is_a_clear_error_and_the_key_never_leaks()
    {
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.Error(401, $"Incorrect API key provided: {SessionHarness.ApiKey}"));

        var (result, transcriptPath) = await SessionHarness.RunAsync(server, site);

        Assert.Equal(SessionEndReason.ProviderError, result.EndReason);
        Assert.Contains("rejected the API key (HTTP 401)", result.Message, StringComparison.Ordinal);
        Assert.Contains("PLCFLEET_TEST_KEY", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SessionHarness.ApiKey, result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("VERYSECRETKEY", File.ReadAllText(transcriptPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replayer_reapplies_recorded_edits_without_an_llm()
    {
        var baseline = site.NewFolder("baseline");
        foreach (var file in new WorkspaceRoot(site.Workspace).ListFiles())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(baseline, file))!);
            File.Copy(Path.Combine(site.Workspace, file), Path.Combine(baseline, file));
        }

        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#9S", "PT := T#3S")),
            OpenAIWire.ToolCall("edit_file", SessionHarness.Edit("PT := T#2S", "PT := T#3S")),
            OpenAIWire.Text("Done."),
            OpenAIWire.Text("Debrief."));
        var (result, transcriptPath) = await SessionHarness.RunAsync(server, site, adjust: r => r with { BaselineRoot = baseline });
        Assert.Equal(SessionOutcome.ChangedAndVerified, result.Outcome);

        var fresh = Path.Combine(site.Root, "replay");
        var replay = await TranscriptReplayer.ReplayAsync(transcriptPath, baseline, fresh, SessionHarness.Runner(),
            new ChangeScope { Include = ["src/Conveyor/**"] });

        Assert.Equal(1, replay.AppliedEdits);
        Assert.Empty(replay.FailedEdits);
        Assert.True(replay.Report.Passed);
        Assert.Equal(site.Read(SiteWorkspace.ConveyorPath), File.ReadAllText(Path.Combine(fresh, SiteWorkspace.ConveyorPath)));
    }
}
