using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Workspaces;

namespace PlcFleet.Fleet.Tests.Runs;

public sealed class MigrationRunnerTests
{
    [Fact]
    public async Task A_verified_change_is_committed_on_the_migration_branch_and_becomes_a_change_request()
    {
        using var fixture = new RunFixture("lyon-l1", "brno-l1");
        var headBefore = fixture.Repository("lyon-l1").Head();

        var result = await fixture.RunAsync(new ScriptedSiteAgent());

        Assert.True(result.Started);
        Assert.Equal(2, result.Summary!.Count(SiteRunState.ChangedVerified));
        var changeRequests = await fixture.Store.ListChangeRequestsAsync();
        Assert.Equal(2, changeRequests.Count);
        var lyon = changeRequests.Single(cr => cr.SiteId == "lyon-l1");
        Assert.Equal("plcfleet/guard-and-v1", lyon.Branch);
        Assert.Contains("+Guard_OK := Guard_Ch1 AND Guard_Ch2;", lyon.Diff);
        Assert.Contains("-IF Guard_Ch1 AND Guard_Ch2 THEN", lyon.Diff);

        var repository = fixture.Repository("lyon-l1");
        Assert.Equal(headBefore, repository.Head());
        Assert.False(repository.IsDirty());
        Assert.Equal(lyon.CommitSha, repository.ResolveBranch("plcfleet/guard-and-v1"));
        var message = repository.Run("log", "-1", "--format=%B", lyon.CommitSha);
        Assert.StartsWith("Guard status as one AND expression", message);
        Assert.Contains($"Run: {result.Run!.Id}", message);
        Assert.Contains("Site: lyon-l1", message);
        Assert.Matches(@"Migration: guard-and v1 \(sha256 [0-9a-f]{12}\)", message);

        var evidence = ChangeRequestEvidence.Read(lyon.EvidenceJson);
        Assert.Equal(headBefore, evidence.BaseCommit);
        Assert.Equal("Passed", evidence.VerificationOutcome);
        Assert.Contains("compile", evidence.VerificationMarkdown);
        Assert.False(Directory.Exists(Path.Combine(fixture.WorkFolder, "workspaces", result.Run.Id, "lyon-l1")));
    }

    [Fact]
    public async Task Running_again_does_nothing_to_finished_sites()
    {
        using var fixture = new RunFixture("lyon-l1", "brno-l1");
        var agent = new ScriptedSiteAgent();
        var first = await fixture.RunAsync(agent);
        var second = await fixture.RunAsync(agent);

        Assert.Equal(first.Run!.Id, second.Run!.Id);
        Assert.True(second.Resumed);
        Assert.All(agent.Calls.Values, calls => Assert.Equal(1, calls));
        Assert.Equal(2, (await fixture.Store.ListChangeRequestsAsync()).Count);
    }

    [Fact]
    public async Task A_missing_dirty_or_crashing_site_is_an_error_for_that_site_only()
    {
        using var fixture = new RunFixture("lyon-l1", "brno-l1", "torino-l2", "porto-l1");
        File.AppendAllText(Path.Combine(fixture.SiteFolder("brno-l1"), "src", "PRG_Main.st"), "(* edited on site, not committed *)\n");
        Directory.Delete(Path.Combine(fixture.SiteFolder("porto-l1"), ".git"), recursive: true);
        var agent = new ScriptedSiteAgent { Crashing = ["torino-l2"] };

        var result = await fixture.RunAsync(agent, fixture.Options(parallel: 4));

        var sites = result.Summary!.Sites.ToDictionary(s => s.SiteId);
        Assert.Equal(SiteRunState.ChangedVerified, sites["lyon-l1"].State);
        Assert.Equal(SiteRunState.Error, sites["brno-l1"].State);
        Assert.Contains("uncommitted changes", sites["brno-l1"].Reason);
        Assert.Equal(SiteRunState.Error, sites["torino-l2"].State);
        Assert.Contains("agent process for torino-l2 crashed", sites["torino-l2"].Reason);
        Assert.Equal(SiteRunState.Error, sites["porto-l1"].State);
        Assert.Contains("not a git repository", sites["porto-l1"].Reason);
        Assert.False(fixture.Repository("torino-l2").BranchExists("plcfleet/guard-and-v1"));
    }

    [Fact]
    public async Task A_change_that_fails_a_verifier_names_the_verifier_and_leaves_no_branch()
    {
        using var fixture = new RunFixture("lyon-l1", "lyon-l2");
        var result = await fixture.RunAsync(new ScriptedSiteAgent { Broken = ["lyon-l2"] });

        var failed = Assert.Single(result.Summary!.In(SiteRunState.Failed));
        Assert.Equal("lyon-l2", failed.SiteId);
        Assert.StartsWith("failed compile:", failed.Reason);
        Assert.Contains("src/PRG_Main.st:9", failed.Reason);
        Assert.False(fixture.Repository("lyon-l2").BranchExists("plcfleet/guard-and-v1"));
        Assert.Single(await fixture.Store.ListChangeRequestsAsync());
    }

    [Fact]
    public async Task Retry_failed_reruns_only_the_failed_site()
    {
        using var fixture = new RunFixture("lyon-l1", "lyon-l2");
        await fixture.RunAsync(new ScriptedSiteAgent { Crashing = ["lyon-l2"] });
        var agent = new ScriptedSiteAgent();

        var retry = await fixture.RunAsync(agent, fixture.Options() with { RetryFailed = true });

        Assert.Equal(["lyon-l2"], agent.Calls.Keys);
        Assert.Equal(2, retry.Summary!.Count(SiteRunState.ChangedVerified));
        Assert.Equal(2, (await fixture.Store.SiteAttempts(retry.Run!.Id, "lyon-l2")));
    }

    [Fact]
    public async Task Sites_past_the_review_limit_wait_and_a_later_run_picks_them_up()
    {
        using var fixture = new RunFixture("lyon-l1", "lyon-l2", "torino-l2");
        var agent = new ScriptedSiteAgent();

        var first = await fixture.RunAsync(agent, fixture.Options(parallel: 1, maxOpenReviews: 1));

        Assert.Equal(1, first.Summary!.Count(SiteRunState.ChangedVerified));
        Assert.Equal(2, first.Summary.Count(SiteRunState.WaitingReview));
        Assert.Single(agent.Calls);

        // The safety engineer reviews the first change request: capacity frees up.
        var open = Assert.Single(await fixture.Store.ListChangeRequestsAsync(ChangeRequestState.Open));
        await fixture.Store.SetChangeRequestStateAsync(open.Id, ChangeRequestState.Approved);
        var second = await fixture.RunAsync(agent, fixture.Options(parallel: 1, maxOpenReviews: 1));

        Assert.Equal(2, second.Summary!.Count(SiteRunState.ChangedVerified));
        Assert.Equal(1, second.Summary.Count(SiteRunState.WaitingReview));
        Assert.Equal(2, (await fixture.Store.ListChangeRequestsAsync()).Count);
    }

    [Fact]
    public async Task A_site_that_was_running_when_the_process_died_is_restarted_from_a_clean_workspace()
    {
        using var fixture = new RunFixture("lyon-l1");
        var migration = fixture.LoadMigration();
        var run = await fixture.Store.StartRunAsync(NewRun.For(migration));
        await fixture.Store.SetSiteStateAsync(run.Id, "lyon-l1", SiteRunState.Running, "rewrite agent working", countAttempt: true);
        var stalePath = Path.Combine(fixture.WorkFolder, "workspaces", run.Id, "lyon-l1");
        var repository = fixture.Repository("lyon-l1");
        var stale = repository.AddWorktree(stalePath, WorkspaceBranch.For(migration), repository.Head());
        File.WriteAllText(Path.Combine(stalePath, "src", "PRG_Main.st"), "half-written edit");
        stale.CommitAll("half-finished attempt");

        var result = await fixture.RunAsync(new ScriptedSiteAgent());

        Assert.Equal(run.Id, result.Run!.Id);
        var site = Assert.Single(result.Summary!.Sites);
        Assert.Equal(SiteRunState.ChangedVerified, site.State);
        Assert.Equal(2, site.Attempts);
        var changeRequest = Assert.Single(await fixture.Store.ListChangeRequestsAsync());
        Assert.DoesNotContain("half-written", changeRequest.Diff);
        var audit = await fixture.Store.Audit.ReadAllAsync();
        Assert.Contains(audit, r => r.Action == AuditActions.SiteStateChanged && r.DetailsJson.Contains("restarted"));
        Assert.Contains(audit, r => r.Action == AuditActions.ChangeRequestCreated);
        Assert.Contains(audit, r => r.Action == AuditActions.RunStarted && r.DetailsJson.Contains("\"resumed\":true"));
        Assert.True((await fixture.Store.Audit.VerifyAsync()).IsValid);
    }

    [Fact]
    public async Task A_worktree_left_by_a_process_killed_after_the_change_request_is_removed_and_the_branch_kept()
    {
        using var fixture = new RunFixture("lyon-l1", "brno-l1");
        var first = await fixture.RunAsync(new ScriptedSiteAgent());
        var changeRequest = (await fixture.Store.ListChangeRequestsAsync()).Single(cr => cr.SiteId == "lyon-l1");
        var repository = fixture.Repository("lyon-l1");
        var leftover = Path.Combine(fixture.WorkFolder, "workspaces", first.Run!.Id, "lyon-l1");
        repository.Run("worktree", "add", "-q", leftover, changeRequest.Branch); // what Close did not get to remove

        var again = await fixture.RunAsync(new ScriptedSiteAgent());

        Assert.Equal(first.Run.Id, again.Run!.Id);
        Assert.False(Directory.Exists(leftover));
        Assert.Single(repository.Run("worktree", "list").Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(changeRequest.CommitSha, repository.ResolveBranch(changeRequest.Branch));
        Assert.Single(await fixture.Store.ListChangeRequestsAsync(), cr => cr.SiteId == "lyon-l1");
    }

    [Fact]
    public async Task A_site_with_an_open_change_request_from_an_earlier_run_is_skipped_when_chosen_again()
    {
        using var fixture = new RunFixture("lyon-l1");
        var first = await fixture.RunAsync(new ScriptedSiteAgent());
        var changeRequest = Assert.Single(await fixture.Store.ListChangeRequestsAsync());
        var agent = new ScriptedSiteAgent();

        var again = await fixture.RunAsync(agent, fixture.Options() with { Sites = ["lyon-l1"] });

        Assert.Empty(agent.Calls);
        var site = Assert.Single(again.Summary!.Sites);
        Assert.Equal(SiteRunState.ChangedVerified, site.State);
        Assert.Contains(ChangeRequestName.Of(changeRequest.Id), site.Reason);
        Assert.Equal(first.Run!.Id, again.Run!.Id);
    }

    [Fact]
    public async Task Unknown_sites_are_a_problem_before_anything_runs()
    {
        using var fixture = new RunFixture("lyon-l1");
        var result = await fixture.RunAsync(new ScriptedSiteAgent(), fixture.Options() with { Sites = ["lyon-l9"] });
        Assert.False(result.Started);
        Assert.Contains("unknown site lyon-l9", result.Problem!.Message);
        Assert.Empty(await fixture.Store.ListRunsAsync());
    }
}
