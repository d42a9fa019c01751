using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Store;

namespace PlcFleet.EndToEnd.Tests.Fleet;

/// <summary>
/// A fleet run's site sessions are the same sessions as <c>agent run</c>'s: the same commit message and a transcript
/// that <c>agent replay</c> replays; <c>--agent</c> picks the agent without editing the migration.
/// </summary>
public sealed class FleetSessionReplayTests
{
    [Fact]
    public async Task Agent_replay_replays_the_transcript_of_a_fleet_run_and_the_commit_names_it()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);

        var run = CliRunner.Run(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--sites", "lyon-l1");
        Assert.True(run.ExitCode == 0, run.ToString());

        var transcript = await TranscriptOf(folder.Path, "lyon-l1");
        var site = new GitRepository(Path.Combine(folder.Path, "sites", "lyon-l1"));
        var message = site.Run("log", "-1", "--format=%B", "plcfleet/guard-monitor-v2");
        Assert.Contains("Site: lyon-l1", message, StringComparison.Ordinal);
        Assert.Contains($"Transcript: {Path.GetFileName(transcript)}", message, StringComparison.Ordinal);
        Assert.Contains("Attempts: 1", message, StringComparison.Ordinal);

        var replay = CliRunner.Run(folder.Path, "agent", "replay", transcript, "--repo", "sites/lyon-l1");

        Assert.True(replay.ExitCode == 0, replay.ToString());
        Assert.Matches(@"replayed guard-monitor v2 on [0-9a-f]{12}: [1-9]\d* edit\(s\) applied, 0 failed", replay.StdOut);
        Assert.Contains("verify: OK", replay.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migration_run_agent_llm_runs_a_rewrite_migration_with_the_llm_and_its_transcript_replays()
    {
        using var fleet = new LlmFleet();
        File.WriteAllText(fleet.MigrationFile, File.ReadAllText(fleet.MigrationFile).Replace("  kind: llm", "  kind: rewrite", StringComparison.Ordinal));

        var run = CliRunner.Run(fleet.Folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--sites", "lyon-l1", "--agent", "llm");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"agent llm:{LlmFleet.Model}, judge on", run.StdOut, StringComparison.Ordinal);
        var replay = CliRunner.Run(fleet.Folder.Path, "agent", "replay", await TranscriptOf(fleet.Folder.Path, "lyon-l1"), "--repo", "sites/lyon-l1");
        Assert.True(replay.ExitCode == 0, replay.ToString());
        Assert.Contains("1 edit(s) applied, 0 failed", replay.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agent_a_run_asks_for_must_be_usable_and_is_named_in_the_error()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);

        var noLlm = CliRunner.Run(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--agent", "llm");
        var noRules = CliRunner.Run(folder.Path, "migration", "run", "migrations/jam-time-constant.md", "--fleet", "fleet.yaml", "--agent", "rewrite");
        var unknown = CliRunner.Run(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--agent", "gpt");

        Assert.Equal(2, noLlm.ExitCode);
        Assert.Contains("the LLM agent needs an LLM", noLlm.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, noRules.ExitCode);
        Assert.Contains("the rewrite agent needs rewrite rules", noRules.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("llm", unknown.StdErr, StringComparison.Ordinal);
    }

    private static async Task<string> TranscriptOf(string folder, string siteId)
    {
        var store = SqliteFleetStore.Open(Path.Combine(folder, ".plcfleet", "plcfleet.db"));
        var changeRequest = (await store.ListChangeRequestsAsync()).Single(cr => cr.SiteId == siteId);
        return ChangeRequestEvidence.Read(changeRequest.EvidenceJson).TranscriptPath!;
    }
}
