using System.Diagnostics;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.EndToEnd.Tests.Fleet;

public sealed class MigrationRunTests
{
    private static readonly string[] Targeted = ["lyon-l1", "lyon-l2", "torino-l2", "porto-l1", "gdansk-l2"];

    // torino-l2's guard also needs the maintenance key; the naive rewrite folds it into a monitor channel and the
    // safety verifier stops it (SAF010), so it never gets a change request.
    private static readonly string[] Verified = ["lyon-l1", "lyon-l2", "porto-l1", "gdansk-l2"];

    [Fact]
    public async Task A_run_changes_every_targeted_site_on_its_own_branch_and_running_again_does_nothing()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);

        var first = CliRunner.Run(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--parallel", "4");

        Assert.True(first.ExitCode == 1, first.ToString());
        Assert.Matches(@"\[\d\d:\d\d:\d\d\] lyon-l1: changed and verified \(CR-\d\)", first.StdOut);
        Assert.Matches(@"torino-l2: failed safety: SAF010 src/PRG_Main.st:21:38", first.StdOut);
        Assert.Matches(@"changed and verified\s+4", first.StdOut);
        Assert.Matches(@"skipped\s+7", first.StdOut);
        var store = SqliteFleetStore.Open(Path.Combine(folder.Path, ".plcfleet", "plcfleet.db"));
        var changeRequests = (await store.ListChangeRequestsAsync());
        Assert.Equal(Verified.Order(), changeRequests.Select(cr => cr.SiteId).Order());
        foreach (var cr in changeRequests)
        {
            var site = new GitRepository(Path.Combine(folder.Path, "sites", cr.SiteId));
            Assert.Equal(cr.CommitSha, site.ResolveBranch("plcfleet/guard-monitor-v2"));
            Assert.Equal("main", site.CurrentBranch());
            Assert.False(site.IsDirty());
        }

        var again = CliRunner.Run(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml");

        Assert.Equal(1, again.ExitCode);
        Assert.DoesNotContain("running", again.StdOut);
        Assert.Contains("torino-l2 failed in an earlier attempt of this run and was not run again; after fixing the cause, run again with --retry-failed (or --sites torino-l2)", again.StdOut);
        Assert.DoesNotContain("earlier attempt", first.StdOut);
        Assert.Equal(4, (await store.ListChangeRequestsAsync()).Count);
        Assert.Equal(5, (await store.Audit.ReadAllAsync()).Count(r => r.Action == AuditActions.AgentAttempt));
        Assert.True((await store.Audit.VerifyAsync()).IsValid);
    }

    [Fact]
    public void A_missing_or_dirty_repository_is_an_error_for_that_site_only()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);
        File.AppendAllText(Path.Combine(folder.Path, "sites", "lyon-l2", "src", "PRG_Main.st"), "// hot fix on site\n");
        Directory.Delete(Path.Combine(folder.Path, "sites", "porto-l1", ".git"), recursive: true);

        var result = CliRunner.Run(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--parallel", "4");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"lyon-l2: error: repository .* has uncommitted changes", result.StdOut);
        Assert.Matches(@"porto-l1: error: .* is not a git repository", result.StdOut);
        Assert.Matches(@"changed and verified\s+2", result.StdOut);
        Assert.Matches(@"error\s+2", result.StdOut);
    }

    [Fact]
    public void Status_and_change_requests_are_readable_after_a_run()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);
        CliRunner.Run(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--sites", "lyon-l1,gdansk-l2", "--parallel", "1");

        var status = CliRunner.Run(folder.Path, "migration", "status");
        Assert.Equal(0, status.ExitCode);
        Assert.Matches(@"changed and verified\s+2", status.StdOut);
        Assert.Contains("targeted, not started", status.StdOut);

        var list = CliRunner.Run(folder.Path, "cr", "list", "--migration", "guard-monitor");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("2 change request(s)", list.StdOut);

        var show = CliRunner.Run(folder.Path, "cr", "show", "CR-1");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("+Guard_OK := SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1, Channel2 := GuardDoor_Ch2);", show.StdOut);
        Assert.Contains("Verification: Passed", show.StdOut);
        Assert.Contains("Judge: off (no LLM configured)", show.StdOut);
        Assert.Contains("Transcript: ", show.StdOut);

        Assert.Equal(2, CliRunner.Run(folder.Path, "cr", "show", "CR-9").ExitCode);
    }

    [Fact]
    public async Task A_run_killed_in_the_middle_resumes_without_running_a_site_twice_or_a_second_change_request()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);
        var database = Path.Combine(folder.Path, ".plcfleet", "plcfleet.db");

        using (var child = CliProcess.Start(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--parallel", "1"))
        {
            var deadline = Stopwatch.StartNew();
            while (!child.HasExited && FinishedSites(database) < 1 && deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(20);
            }

            Assert.False(child.HasExited, "the run finished before it could be killed");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        var finishedBeforeKill = FinishedSites(database);
        Assert.InRange(finishedBeforeKill, 1, Targeted.Length - 1);

        var resumed = CliRunner.Run(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml", "--parallel", "1");

        Assert.True(resumed.ExitCode == 1, resumed.ToString());
        var store = SqliteFleetStore.Open(database);
        var run = Assert.Single((await store.ListRunsAsync()));
        var sites = (await store.ListSiteRunsAsync(run.Id)).Where(s => Targeted.Contains(s.SiteId)).ToList();
        Assert.All(sites, s => Assert.Equal(s.SiteId == "torino-l2" ? SiteRunState.Failed : SiteRunState.ChangedVerified, s.State));
        var changeRequests = (await store.ListChangeRequestsAsync());
        Assert.Equal(Verified.Order(), changeRequests.Select(cr => cr.SiteId).Order());
        var finishes = (await store.Audit.ReadAllAsync())
            .Where(r => r.Action == AuditActions.SiteStateChanged && r.DetailsJson.Contains("changed_verified", StringComparison.Ordinal))
            .GroupBy(r => r.Subject).ToList();
        Assert.Equal(Verified.Length, finishes.Count);
        Assert.All(finishes, g => Assert.Single(g));
        foreach (var site in Targeted)
        {
            var worktrees = new GitRepository(Path.Combine(folder.Path, "sites", site)).Run("worktree", "list");
            Assert.Single(worktrees.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private static int FinishedSites(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            var store = SqliteFleetStore.Open(database);
            var runs = store.ListRunsAsync().Result;
            var run = runs.Count == 0 ? null : runs[0];
            return run is null ? 0 : store.ListSiteRunsAsync(run.Id).Result.Count(s => s.State == SiteRunState.ChangedVerified);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the child is still creating the schema
        }
    }
}
