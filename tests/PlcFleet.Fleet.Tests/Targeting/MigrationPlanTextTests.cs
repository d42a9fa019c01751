using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Targeting;
using PlcFleet.Fleet.Tests.TestData;
using M = PlcFleet.Fleet.Tests.TestData.Migrations;

namespace PlcFleet.Fleet.Tests.Targeting;

public sealed class MigrationPlanTextTests
{
    [Fact]
    public void Explains_every_site_with_its_reasons()
    {
        using var folder = new TempFolder();
        var fleet = FleetLoader.Load(FleetFiles.WriteFleet(folder)).Fleet!;
        var migration = MigrationParser.Parse(M.GuardMonitor, "guard-monitor.md").Migration!;

        var lines = MigrationPlanText.Render(MigrationPlanner.Plan(fleet, migration)).Split('\n');

        Assert.Equal($"guard-monitor v2 (prompt sha256 {migration.ContentHash[..12]}): 1 targeted, 5 skipped, 1 not targetable, of 7 sites", lines[0]);
        Assert.Equal("  TARGET lyon-l1  [pilot]  targeted: all 7 preconditions hold", lines[1]);
        Assert.Equal("      ok   dialect in [codesys, iec]: dialect is codesys", lines[2]);
        Assert.Contains("      FAIL firmware >= 3.5: firmware is 3.4.9, needs >= 3.5", lines);
        Assert.Contains(lines, l => l.StartsWith("  CHECK  lille-l5 [general]  not targetable: repository missing at", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_reasons_there_is_one_line_per_site()
    {
        using var folder = new TempFolder();
        var fleet = FleetLoader.Load(FleetFiles.WriteFleet(folder)).Fleet!;
        var migration = MigrationParser.Parse(M.GuardMonitor, "guard-monitor.md").Migration!;

        var text = MigrationPlanText.Render(MigrationPlanner.Plan(fleet, migration), withReasons: false);

        Assert.Equal(1 + fleet.Sites.Count, text.TrimEnd('\n').Split('\n').Length);
    }
}
