using System.Diagnostics;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.EndToEnd.Tests.Fleet;

/// <summary>
/// <c>plcfleet migration run</c> with an LLM agent over the wire (issue 6's LLM path): per-site outcomes, change
/// requests with their evidence, resume after a killed run, and the guard against two processes on one run.
/// </summary>
public sealed class LlmMigrationRunTests
{
    [Fact]
    public async Task An_llm_run_opens_one_change_request_per_site_after_a_retry_and_a_rate_limit()
    {
        using var fleet = new LlmFleet();

        var result = CliRunner.Run(fleet.Folder.Path, fleet.RunArguments(parallel: 3));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"agent llm:{LlmFleet.Model}, judge on", result.StdOut, StringComparison.Ordinal);
        Assert.Matches(@"changed and verified\s+3", result.StdOut);
        var store = SqliteFleetStore.Open(fleet.Database);
        var changeRequests = await store.ListChangeRequestsAsync();
        Assert.Equal(LlmFleet.Sites, changeRequests.Select(cr => cr.SiteId).Order(StringComparer.Ordinal));
        foreach (var cr in changeRequests)
        {
            var evidence = ChangeRequestEvidence.Read(cr.EvidenceJson);
            Assert.Equal($"llm:{LlmFleet.Model}", evidence.Agent);
            Assert.Equal("approve", evidence.JudgeDecision);
            Assert.Equal(cr.SiteId == "lyon-l2" ? 2 : 1, evidence.Attempts);
            Assert.DoesNotContain(LlmFleet.Key, File.ReadAllText(evidence.TranscriptPath!), StringComparison.Ordinal);

            var site = new GitRepository(Path.Combine(fleet.Folder.Path, "sites", cr.SiteId));
            Assert.Equal(cr.CommitSha, site.ResolveBranch("plcfleet/guard-monitor-v2"));
            Assert.Contains(LlmFleet.Guards[cr.SiteId].Monitor, site.Run("show", "plcfleet/guard-monitor-v2:src/PRG_Main.st"), StringComparison.Ordinal);
            Assert.False(site.IsDirty());
        }

        // The auditor's document carries what the run recorded: each change's verification and the judge's verdict.
        var export = CliRunner.Run(fleet.Folder.Path, "audit", "export", "--migration", "guard-monitor", "--out", "reports");
        Assert.True(export.ExitCode == 0, export.ToString());
        var report = File.ReadAllText(Path.Combine(fleet.Folder.Path, "reports", "compliance-guard-monitor.md"));
        Assert.Equal(3, report.Split("- Verification: Passed: scope passed, compile passed", StringSplitOptions.None).Length - 1);
        Assert.Equal(3, report.Split("- Judge verdict: approve: only the guard evaluation was replaced", StringSplitOptions.None).Length - 1);

        var lyonL2 = fleet.Server.Requests.Where(r => LlmFleet.SiteOf(r.Body) == "lyon-l2").ToList();
        Assert.Contains(lyonL2, r => r.Body.Contains("verify: FAILED (compile)", StringComparison.Ordinal));

        // porto-l1's opening request was answered 429 and sent again after Retry-After, by our retry handler.
        Assert.Equal(2, fleet.Server.Requests.Count(r => LlmFleet.SiteOf(r.Body) == "porto-l1" && LlmFleet.AssistantTurns(r.Body) == 0));
    }

    [Fact]
    public async Task Resume_after_a_killed_llm_run_neither_duplicates_nor_drops_a_change_request()
    {
        using var fleet = new LlmFleet(slowAfterFirstSite: TimeSpan.FromMilliseconds(700));

        using (var child = CliProcess.Start(fleet.Folder.Path, fleet.RunArguments(parallel: 1)))
        {
            var deadline = Stopwatch.StartNew();
            while (!child.HasExited && ChangeRequests(fleet.Database) < 1 && deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(20);
            }

            Assert.False(child.HasExited, "the run finished before it could be killed");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        Assert.InRange(ChangeRequests(fleet.Database), 1, LlmFleet.Sites.Length - 1);
        var store = SqliteFleetStore.Open(fleet.Database);
        var run = Assert.Single(await store.ListRunsAsync());

        var resumed = CliRunner.Run(fleet.Folder.Path, "migration", "resume", run.Id);

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        var changeRequests = await store.ListChangeRequestsAsync();
        Assert.Equal(LlmFleet.Sites, changeRequests.Select(cr => cr.SiteId).Order(StringComparer.Ordinal));
        var sites = await store.ListSiteRunsAsync(run.Id);
        Assert.All(sites.Where(s => LlmFleet.Sites.Contains(s.SiteId)), s => Assert.Equal(SiteRunState.ChangedVerified, s.State));

        // resume continues the whole run: the targeted sites the first command left out run now, and make no change.
        Assert.All(sites.Where(s => s.SiteId is "torino-l2" or "gdansk-l2"), s => Assert.Equal(SiteRunState.NoChange, s.State));
        foreach (var site in LlmFleet.Sites)
        {
            var repository = new GitRepository(Path.Combine(fleet.Folder.Path, "sites", site));
            Assert.Single(repository.Run("worktree", "list").Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(changeRequests.Single(cr => cr.SiteId == site).CommitSha, repository.ResolveBranch("plcfleet/guard-monitor-v2"));
        }
    }

    [Fact]
    public async Task A_second_process_on_the_same_run_is_refused_with_the_name_of_the_first()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);
        var migration = MigrationParser.Load(ExampleFleet.GuardMonitor(folder)).Migration!;
        var workFolder = Path.Combine(folder.Path, ".plcfleet");

        using (var held = RunLock.TryAcquire(workFolder, migration, out _))
        {
            Assert.NotNull(held);

            var refused = CliRunner.Run(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--sites", "lyon-l1");

            Assert.True(refused.ExitCode == 2, refused.ToString());
            Assert.Contains($"guard-monitor v2 is being run by another plcfleet process (process {Environment.ProcessId} on {Environment.MachineName}", refused.StdErr, StringComparison.Ordinal);
            Assert.Empty(await SqliteFleetStore.Open(Path.Combine(workFolder, "plcfleet.db")).ListRunsAsync());
        }

        var afterwards = CliRunner.Run(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--sites", "lyon-l1");

        Assert.True(afterwards.ExitCode == 0, afterwards.ToString());
        Assert.Matches(@"changed and verified\s+1", afterwards.StdOut);
    }

    private static int ChangeRequests(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            return SqliteFleetStore.Open(database).ListChangeRequestsAsync().Result.Count;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the child is still creating the schema
        }
    }
}
