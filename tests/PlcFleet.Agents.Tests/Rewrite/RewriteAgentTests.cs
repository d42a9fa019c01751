using PlcFleet.Agents.Rewrite;
using PlcFleet.Agents.Sessions;
using PlcFleet.Agents.Tests.Fakes;
using PlcFleet.Agents.Tools;
using PlcFleet.Agents.Transcripts;
using PlcFleet.Verification.Compile;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Agents.Tests.Rewrite;

public sealed class RewriteAgentTests
{
    private static VerificationRunner Runner(params IVerifier[] extra) => new([new ScopeVerifier(), new CompileVerifier(), .. extra]);

    private static async Task<(SessionResult Result, string Transcript)> RunAsync(
        SiteCopy site, SiteCopy baseline, string migrationId, VerificationRunner runner, IChangeJudge? judge = null, IReadOnlyList<RewriteRule>? rules = null)
    {
        var transcript = Path.Combine(site.Root, "transcript.jsonl");
        using (var writer = new TranscriptWriter(transcript))
        {
            var request = new SessionRequest(new AgentPrompt(ExampleFleet.MigrationText(migrationId)), site.Workspace, runner)
            {
                BaselineRoot = baseline.Workspace,
                Scope = ExampleFleet.Scope(migrationId),
                Judge = judge,
                Transcript = writer,
            };
            var result = await new RewriteAgent().RunAsync(request, rules ?? ExampleFleet.Rules(migrationId));
            return (result, transcript);
        }
    }

    [Fact]
    public async Task Guard_monitor_on_lyon_l1_is_changed_and_verified_with_the_judge_off()
    {
        using var site = SiteCopy.Of("lyon-l1");
        using var baseline = SiteCopy.Of("lyon-l1");

        var (result, transcript) = await RunAsync(site, baseline, "guard-monitor", Runner());

        Assert.Equal(SessionOutcome.ChangedAndVerified, result.Outcome);
        Assert.Contains(RewriteAgent.JudgeOffNote, result.Message, StringComparison.Ordinal);
        Assert.Null(result.LastVerdict);
        Assert.True(result.LastReport!.Passed);
        Assert.Equal(["compile", "scope"], result.LastReport.Results.Select(r => r.VerifierName).Order());
        var edit = Assert.Single(result.Edits);
        Assert.Equal("src/PRG_Main.st", edit.Path);
        Assert.Contains("+Guard_OK := SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1, Channel2 := GuardDoor_Ch2);", result.Diff, StringComparison.Ordinal);
        Assert.Contains("-IF GuardDoor_Ch1 AND GuardDoor_Ch2 THEN", result.Diff, StringComparison.Ordinal);
        Assert.Contains("SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1", site.Read("src/PRG_Main.st"), StringComparison.Ordinal);

        var events = TranscriptReader.Read(transcript);
        Assert.Equal(
            [TranscriptEventType.Session, TranscriptEventType.ToolCall, TranscriptEventType.ToolResult, TranscriptEventType.Verification,
             TranscriptEventType.JudgeVerdict, TranscriptEventType.Outcome],
            events.Select(e => e.Type));
        Assert.Equal(EditFileTool.Name, events[1].Tool);
        Assert.Equal("Off", events[4].Outcome);
    }

    [Theory]
    [InlineData("lyon-l1", "guard-monitor", 1)]
    [InlineData("lyon-l2", "guard-monitor", 2)]
    [InlineData("lyon-l1", "alarm-priority", 10)]
    public async Task The_transcript_replays_to_the_same_code(string siteId, string migrationId, int edits)
    {
        using var site = SiteCopy.Of(siteId);
        using var baseline = SiteCopy.Of(siteId);
        using var fresh = SiteCopy.With();

        var (result, transcript) = await RunAsync(site, baseline, migrationId, Runner());
        var replay = await TranscriptReplayer.ReplayAsync(transcript, baseline.Workspace, fresh.Workspace, Runner(), ExampleFleet.Scope(migrationId));

        Assert.Equal(SessionOutcome.ChangedAndVerified, result.Outcome);
        Assert.Equal(edits, result.Edits.Count);
        Assert.Equal(edits, replay.AppliedEdits);
        Assert.Empty(replay.FailedEdits);
        Assert.True(replay.Report.Passed);
        Assert.Empty(WorkspaceComparer.Compare(site.Workspace, fresh.Workspace));
    }

    [Fact]
    public async Task Brno_l1_needs_no_change()
    {
        using var site = SiteCopy.Of("brno-l1");
        using var baseline = SiteCopy.Of("brno-l1");

        var (result, _) = await RunAsync(site, baseline, "guard-monitor", Runner());

        Assert.Equal(SessionOutcome.NoChangeNeeded, result.Outcome);
        Assert.Empty(result.Edits);
        Assert.Null(result.LastReport);
        Assert.Empty(WorkspaceComparer.Compare(baseline.Workspace, site.Workspace));
    }

    [Fact]
    public async Task A_rule_that_does_not_parse_ends_the_session_with_an_error_naming_it()
    {
        using var site = SiteCopy.Of("lyon-l1");
        using var baseline = SiteCopy.Of("lyon-l1");
        RewriteRule[] rules = [new("guard-if-half", "IF :[ch1] AND :[ch2] THEN\n    :[ok] := TRUE;\nELSE", ":[ok] := TRUE;")];

        var (result, _) = await RunAsync(site, baseline, "guard-monitor", Runner(), rules: rules);

        Assert.Equal(SessionOutcome.Error, result.Outcome);
        Assert.Contains("rewrite rule 'guard-if-half': the match template does not parse", result.Message, StringComparison.Ordinal);
        Assert.Empty(WorkspaceComparer.Compare(baseline.Workspace, site.Workspace));
    }

    [Fact]
    public async Task Only_refused_rewrites_end_the_session_with_an_error()
    {
        using var site = SiteCopy.Of("lyon-l1");
        using var baseline = SiteCopy.Of("lyon-l1");
        RewriteRule[] rules = [new("guard-half-written", "IF :[ch1] AND :[ch2] THEN\n    :[ok] := TRUE;\nELSE\n    :[ok] := FALSE;\nEND_IF;", ":[ok] := SAFETY_GUARD_MONITOR(Channel1 := :[ch1]")];

        var (result, _) = await RunAsync(site, baseline, "guard-monitor", Runner(), rules: rules);

        Assert.Equal(SessionOutcome.Error, result.Outcome);
        Assert.Contains("src/PRG_Main.st:19: rule 'guard-half-written' refused", result.Message, StringComparison.Ordinal);
        Assert.Empty(WorkspaceComparer.Compare(baseline.Workspace, site.Workspace));
    }

    [Fact]
    public async Task A_failing_verifier_stops_the_rewrite_before_the_judge()
    {
        using var site = SiteCopy.Of("torino-l2");
        using var baseline = SiteCopy.Of("torino-l2");
        var judge = new FixedJudge(JudgeDecision.Approve);
        // Stand-in for the safety verifier: a channel must be one contact, never a combination.
        var safety = new ForbiddenPatternVerifier("Channel1 := DoorSwitch_A AND", "SAFE-CHANNEL");

        var (result, _) = await RunAsync(site, baseline, "guard-monitor", Runner(safety), judge);

        Assert.Equal(SessionOutcome.FailedVerification, result.Outcome);
        Assert.Equal(["safety"], result.FailedVerifiers);
        Assert.Contains("SAFE-CHANNEL", result.Message, StringComparison.Ordinal);
        Assert.Null(judge.Seen);
    }

    [Fact]
    public async Task The_judge_sees_the_diff_and_can_veto()
    {
        using var site = SiteCopy.Of("porto-l1");
        using var baseline = SiteCopy.Of("porto-l1");
        var judge = new FixedJudge(JudgeDecision.Reject, "the maintenance bypass must stay outside the monitor");

        var (result, _) = await RunAsync(site, baseline, "guard-monitor", Runner(), judge);

        Assert.Equal(SessionOutcome.VetoedByJudge, result.Outcome);
        Assert.Equal(1, result.JudgeVetoes);
        Assert.Contains("maintenance bypass", result.Message, StringComparison.Ordinal);
        Assert.Contains("+xGuardClosed := SAFETY_GUARD_MONITOR(Channel1 := xGuardDoorCh1, Channel2 := xGuardDoorCh2);", judge.Seen!.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approving_judge_gives_changed_and_verified()
    {
        using var site = SiteCopy.Of("gdansk-l2");
        using var baseline = SiteCopy.Of("gdansk-l2");
        var judge = new FixedJudge(JudgeDecision.Approve);

        var (result, _) = await RunAsync(site, baseline, "guard-monitor", Runner(), judge);

        Assert.Equal(SessionOutcome.ChangedAndVerified, result.Outcome);
        Assert.True(result.LastVerdict!.Approved);
        Assert.DoesNotContain(RewriteAgent.JudgeOffNote, result.Message, StringComparison.Ordinal);
        Assert.Contains("bGuardOk := SAFETY_GUARD_MONITOR(Channel1 := bGuardCh1, Channel2 := bGuardCh2);", site.Read("src/MAIN.st"), StringComparison.Ordinal);
    }
}
