using System.Text.Json;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Targeting;
using PlcFleet.Fleet.Tests.Store;
using PlcFleet.Fleet.Tests.TestData;
using M = PlcFleet.Fleet.Tests.TestData.Migrations;

namespace PlcFleet.Fleet.Tests.Targeting;

public sealed class PlanRecorderTests : StoreFixture
{
    private MigrationPlan Plan()
    {
        var fleet = FleetLoader.Load(FleetFiles.WriteFleet(Folder)).Fleet!;
        return MigrationPlanner.Plan(fleet, MigrationParser.Parse(M.GuardMonitor, "guard-monitor.md").Migration!);
    }

    [Fact]
    public async Task Every_site_gets_a_state_and_an_audit_record_with_reasons()
    {
        await StartGuardRun();

        var recorded = await PlanRecorder.RecordAsync(Store, "run-1", Plan(), "orchestrator");

        Assert.Equal(7, recorded);
        var states = (await Store.ListSiteRunsAsync("run-1")).ToDictionary(s => s.SiteId);
        Assert.Equal(SiteRunState.Targeted, states["lyon-l1"].State);
        Assert.Equal(SiteRunState.Skipped, states["porto-l1"].State);
        Assert.Equal(SiteRunState.Error, states["lille-l5"].State);
        Assert.StartsWith("skipped: firmware >= 3.5 (firmware is 3.4.9", states["porto-l1"].Reason, StringComparison.Ordinal);

        var audit = await Store.Audit.ReadAllAsync();
        Assert.Equal(7, audit.Count);
        var porto = audit.Single(r => r.Subject == "run-1/porto-l1");
        Assert.Equal(AuditActions.SiteSkipped, porto.Action);
        using var details = JsonDocument.Parse(porto.DetailsJson);
        Assert.Contains(
            details.RootElement.GetProperty("reasons").EnumerateArray(),
            r => !r.GetProperty("passed").GetBoolean() && r.GetProperty("evidence").GetString() == "firmware is 3.4.9, needs >= 3.5");
        Assert.True((await Store.Audit.VerifyAsync()).IsValid);
    }

    [Fact]
    public async Task Recording_again_on_resume_keeps_sites_that_moved_on()
    {
        await StartGuardRun();
        var plan = Plan();
        await PlanRecorder.RecordAsync(Store, "run-1", plan, "orchestrator");
        await Store.SetSiteStateAsync("run-1", "lyon-l1", SiteRunState.WaitingReview, "change request #1");

        var recorded = await PlanRecorder.RecordAsync(Store, "run-1", plan, "orchestrator");

        // lyon-l1 moved on and lille-l5 is in error (retrying errors is the orchestrator's policy): 5 re-recorded.
        Assert.Equal(5, recorded);
        Assert.Equal(SiteRunState.WaitingReview, (await Store.GetSiteRunAsync("run-1", "lyon-l1"))!.State);
        Assert.Equal(7, (await Store.ListSiteRunsAsync("run-1")).Count);
    }
}
