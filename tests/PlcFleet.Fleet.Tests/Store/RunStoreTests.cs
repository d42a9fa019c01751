using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Store.Records;
using M = PlcFleet.Fleet.Tests.TestData.Migrations;

namespace PlcFleet.Fleet.Tests.Store;

public sealed class RunStoreTests : StoreFixture
{
    [Fact]
    public async Task Run_round_trips_with_migration_identity()
    {
        var migration = MigrationParser.Parse(M.GuardMonitor, "migrations/guard-monitor.md").Migration!;

        var started = await Store.StartRunAsync(NewRun.For(migration, """{"parallel":4}"""));
        var loaded = await Store.GetRunAsync(started.Id);

        Assert.Equal(started, loaded);
        Assert.Equal(migration.ContentHash, loaded!.ContentHash);
        Assert.Equal(2, loaded.MigrationVersion);
        Assert.StartsWith("guard-monitor-20261123-060000-", loaded.Id, StringComparison.Ordinal);
        Assert.False(loaded.IsFinished);
    }

    [Fact]
    public async Task Finishing_a_run_records_the_time()
    {
        await StartGuardRun();
        Clock.Advance(TimeSpan.FromMinutes(42));

        var finished = await Store.FinishRunAsync("run-1");

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 6, 42, 0, TimeSpan.Zero), finished!.FinishedUtc);
        Assert.Null(await Store.FinishRunAsync("no-such-run"));
    }

    [Fact]
    public async Task Runs_list_newest_first_and_filter_by_migration()
    {
        await StartGuardRun("run-1");
        Clock.Advance(TimeSpan.FromHours(1));
        await StartGuardRun("run-2");
        await Store.StartRunAsync(new NewRun("alarm-priority", 1, new string('b', 64), Id: "run-3"));

        Assert.Equal(["run-3", "run-2", "run-1"], (await Store.ListRunsAsync()).Select(r => r.Id));
        Assert.Equal(["run-2", "run-1"], (await Store.ListRunsAsync("guard-monitor")).Select(r => r.Id));
    }

    [Fact]
    public async Task Site_state_is_created_then_updated_in_one_row()
    {
        await StartGuardRun();
        await Store.SetSiteStateAsync("run-1", "lyon-l1", SiteRunState.Targeted, "all 7 preconditions hold");
        Clock.Advance(TimeSpan.FromSeconds(30));
        await Store.SetSiteStateAsync("run-1", "lyon-l1", SiteRunState.Running, "attempt 1", countAttempt: true);
        await Store.SetSiteStateAsync("run-1", "lyon-l1", SiteRunState.Running, "attempt 2", countAttempt: true);
        var final = await Store.SetSiteStateAsync("run-1", "lyon-l1", SiteRunState.WaitingReview, "change request #1");

        var only = Assert.Single(await Store.ListSiteRunsAsync("run-1"));
        Assert.Equal(final, only);
        Assert.Equal((SiteRunState.WaitingReview, "change request #1", 2), (only.State, only.Reason, only.Attempts));
        Assert.Equal(only.CreatedUtc.AddSeconds(30), only.UpdatedUtc);
    }

    [Theory]
    [InlineData(SiteRunState.Pending)]
    [InlineData(SiteRunState.Skipped)]
    [InlineData(SiteRunState.ChangedVerified)]
    [InlineData(SiteRunState.NoChange)]
    [InlineData(SiteRunState.Failed)]
    [InlineData(SiteRunState.Vetoed)]
    [InlineData(SiteRunState.Error)]
    [InlineData(SiteRunState.WaitingReview)]
    public async Task Every_site_state_round_trips(SiteRunState state)
    {
        await StartGuardRun();
        await Store.SetSiteStateAsync("run-1", "porto-l1", state, "reason");

        Assert.Equal(state, (await Store.GetSiteRunAsync("run-1", "porto-l1"))!.State);
    }

    [Fact]
    public async Task Site_runs_are_listed_per_run_in_creation_order()
    {
        await StartGuardRun("run-1");
        await StartGuardRun("run-2");
        await Store.SetSiteStateAsync("run-1", "lyon-l1", SiteRunState.Targeted);
        await Store.SetSiteStateAsync("run-1", "porto-l1", SiteRunState.Skipped, "firmware is 3.4.9, needs >= 3.5");
        await Store.SetSiteStateAsync("run-2", "lyon-l1", SiteRunState.Targeted);

        Assert.Equal(["lyon-l1", "porto-l1"], (await Store.ListSiteRunsAsync("run-1")).Select(s => s.SiteId));
        Assert.Null(await Store.GetSiteRunAsync("run-2", "porto-l1"));
    }
}
