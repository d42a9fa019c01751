using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Targeting;
using PlcFleet.Fleet.Tests.TestData;
using M = PlcFleet.Fleet.Tests.TestData.Migrations;

namespace PlcFleet.Fleet.Tests.Targeting;

public sealed class MigrationPlannerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PlcFleet.Fleet.Inventory.Fleet _fleet;

    public MigrationPlannerTests()
    {
        var result = FleetLoader.Load(FleetFiles.WriteFleet(_folder));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        _fleet = result.Fleet!;
    }

    public void Dispose() => _folder.Dispose();

    private static Migration Migration(string? text = null)
    {
        var result = MigrationParser.Parse(text ?? M.GuardMonitor, "migrations/guard-monitor.md");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Migration!;
    }

    private MigrationPlan Plan(string? text = null) => MigrationPlanner.Plan(_fleet, Migration(text));

    [Fact]
    public void Targets_only_the_site_that_meets_every_precondition()
    {
        var plan = Plan();

        Assert.Equal(["lyon-l1"], plan.Targeted.Select(s => s.Site.Id));
        Assert.Equal(["lyon-l2", "porto-l1", "gent-a1", "brno-l3", "turin-l4"], plan.Skipped.Select(s => s.Site.Id));
        Assert.Equal(["lille-l5"], plan.NotTargetable.Select(s => s.Site.Id));
        Assert.Equal(_fleet.Sites.Count, plan.Sites.Count);
    }

    [Fact]
    public void Targeted_site_lists_every_precondition_with_evidence()
    {
        var site = Plan().ForSite("lyon-l1")!;

        Assert.Equal(7, site.Reasons.Count);
        Assert.All(site.Reasons, r => Assert.True(r.Passed));
        Assert.Equal("targeted: all 7 preconditions hold", site.Summary);
        Assert.Equal("found at src/PRG_Guards.st:3:5: Guard_OK : BOOL;", site.Reasons[2].Evidence);
    }

    [Fact]
    public void Already_migrated_site_is_skipped_with_file_and_line()
    {
        var site = Plan().ForSite("lyon-l2")!;

        var failed = Assert.Single(site.Failed);
        Assert.Equal("code_not_contains", failed.Precondition.Kind);
        Assert.Equal("found at src/PRG_Guards.st:7:13: Guard_OK := SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1, Channel2 := GuardDoor_Ch2);", failed.Evidence);
        Assert.StartsWith("skipped: code_not_contains /SAFETY_GUARD_MONITOR/ (found at src/PRG_Guards.st:7:13", site.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_firmware_is_skipped_with_the_version_it_needs()
    {
        var failed = Assert.Single(Plan().ForSite("porto-l1")!.Failed);

        Assert.Equal("firmware", failed.Precondition.Kind);
        Assert.Equal("firmware is 3.4.9, needs >= 3.5", failed.Evidence);
    }

    [Fact]
    public void Untagged_assembly_site_fails_only_the_tag_precondition()
    {
        var failed = Assert.Single(Plan().ForSite("gent-a1")!.Failed);

        Assert.Equal("tags_any [packaging]", failed.Precondition.Describe());
        Assert.Equal("site tags: assembly", failed.Evidence);
    }

    [Fact]
    public void Siemens_site_is_skipped_for_its_dialect_though_scl_code_matches()
    {
        var site = Plan().ForSite("brno-l3")!;

        Assert.Equal("dialect is scl", Assert.Single(site.Failed).Evidence);
        Assert.Equal("found at src/FB_Guard.scl:3:5: guardClosed1 : Bool;", site.Reasons.Single(r => r.Precondition.Kind == "code_contains").Evidence);
    }

    [Fact]
    public void Code_contains_without_match_says_how_many_files_were_searched()
    {
        var text = M.WithFrontMatterLine("  - code_contains: \"(?i)guard\\\\w*(closed|ok)\"", "  - code_contains: \"LightCurtain_Muting\"");
        var failed = MigrationPlanner.Plan(_fleet, Migration(text)).ForSite("lyon-l1")!.Failed.Single();

        Assert.Equal("no match in 3 PLC files", failed.Evidence);
    }

    [Fact]
    public void Certified_file_containing_the_match_skips_the_site()
    {
        var failed = Assert.Single(Plan().ForSite("turin-l4")!.Failed);

        Assert.Equal("not_certified", failed.Precondition.Kind);
        Assert.Equal("src/Safety/Guards.st is certified", failed.Evidence);
    }

    [Fact]
    public void Certified_file_whose_checksum_changed_is_called_out()
    {
        File.AppendAllText(_folder.Combine("sites", "turin-l4", "src", "Safety", "Guards.st"), "\n// edited on site\n");

        var failed = Assert.Single(Plan().ForSite("turin-l4")!.Failed);

        Assert.Equal("src/Safety/Guards.st is certified, and its checksum no longer matches fleet.yaml", failed.Evidence);
    }

    [Fact]
    public void Certified_file_that_does_not_match_is_not_affected()
    {
        // Move the guard logic out of the certified file: the certified file stays untouched by the change.
        File.WriteAllText(_folder.Combine("sites", "turin-l4", "src", "Safety", "Guards.st"), PlcCode.EStop);
        File.WriteAllText(_folder.Combine("sites", "turin-l4", "src", "PRG_Guards.st"), PlcCode.GuardHandWritten);

        var site = Plan().ForSite("turin-l4")!;

        Assert.True(site.IsTargeted, site.Summary);
        Assert.Equal("no certified file among 1 affected file", site.Reasons.Single(r => r.Precondition.Kind == "not_certified").Evidence);
    }

    [Fact]
    public void Missing_repository_is_not_targetable_and_says_where()
    {
        var site = Plan().ForSite("lille-l5")!;

        Assert.Equal(TargetingDecision.NotTargetable, site.Decision);
        Assert.Equal($"not targetable: repository missing at {_folder.Combine("sites", "lille-l5")}", site.Summary);
        Assert.Empty(site.Reasons);
    }

    [Fact]
    public void Running_line_is_skipped_when_migration_needs_maintenance()
    {
        var text = M.WithFrontMatterLine("  - line_status: [maintenance, stopped, running]", "  - line_status: [maintenance, stopped]");
        var site = MigrationPlanner.Plan(_fleet, Migration(text)).ForSite("lyon-l2")!;

        Assert.Contains(site.Failed, f => f.Evidence == "line is running");
    }

    [Fact]
    public void Vendor_precondition_matches_twincat_only()
    {
        var text = M.WithFrontMatterLine("  - dialect: [codesys, iec]", "  - vendor: [twincat]");
        var plan = MigrationPlanner.Plan(_fleet, Migration(text));

        Assert.True(plan.ForSite("gent-a1")!.Reasons.Single(r => r.Precondition.Kind == "vendor").Passed);
        Assert.Equal("vendor is codesys", plan.ForSite("lyon-l1")!.Failed.Single().Evidence);
    }

    [Fact]
    public void Tags_all_reports_missing_tags()
    {
        var text = M.WithFrontMatterLine("  - tags_any: [packaging]", "  - tags_all: [packaging, dual-channel]");
        var plan = MigrationPlanner.Plan(_fleet, Migration(text));

        Assert.True(plan.ForSite("lyon-l1")!.IsTargeted);
        Assert.Equal("site tags: packaging; missing: dual-channel", plan.ForSite("lyon-l2")!.Failed.Last().Evidence);
    }

    [Theory]
    [InlineData(">= 3.10", "gent-a1", true)]
    [InlineData(">= 3.10", "lyon-l1", false)]
    [InlineData("< 4", "lyon-l1", true)]
    [InlineData("= 3.5.17", "lyon-l1", true)]
    [InlineData("= 3.5.17", "lyon-l2", false)]
    [InlineData(">= 3.5, < 3.5.18", "lyon-l1", true)]
    [InlineData(">= 3.5, < 3.5.18", "lyon-l2", false)]
    [InlineData("!= 3.4.9", "porto-l1", false)]
    [InlineData("> 3.9", "gent-a1", true)]
    [InlineData("<= 3.4.9", "porto-l1", true)]
    public void Firmware_comparisons_use_version_ordering(string constraint, string siteId, bool passes)
    {
        var text = M.WithFrontMatterLine("  - firmware: \">= 3.5\"", $"  - firmware: \"{constraint}\"");
        var plan = MigrationPlanner.Plan(_fleet, Migration(text));

        Assert.Equal(passes, plan.ForSite(siteId)!.Reasons.Single(r => r.Precondition.Kind == "firmware").Passed);
    }

    [Fact]
    public void Site_without_firmware_fails_firmware_precondition()
    {
        var yaml = File.ReadAllText(_fleet.FilePath).Replace("    firmware: 3.5.17\n", string.Empty, StringComparison.Ordinal);
        var fleet = FleetLoader.Parse(yaml, _fleet.FilePath).Fleet!;

        var site = MigrationPlanner.Plan(fleet, Migration()).ForSite("lyon-l1")!;

        Assert.Equal("firmware unknown (no 'firmware' in fleet.yaml)", site.Failed.Single().Evidence);
    }

    [Fact]
    public void Migration_without_code_preconditions_targets_remote_sites()
    {
        var text = M.GuardMonitorFrontMatter;
        var start = text.IndexOf("preconditions:", StringComparison.Ordinal);
        var end = text.IndexOf("success_criteria:", StringComparison.Ordinal);
        var migration = Migration(text.Remove(start, end - start) + "\n## Task\nSet it.\n");
        var yaml = File.ReadAllText(_fleet.FilePath).Replace("repository: sites/lyon-l1", "repository: https://git.acme.example/lyon-l1.git", StringComparison.Ordinal);
        var fleet = FleetLoader.Parse(yaml, _fleet.FilePath).Fleet!;

        var site = MigrationPlanner.PlanSite(fleet.FindSite("lyon-l1")!, migration);

        Assert.True(site.IsTargeted);
        Assert.Equal("targeted: the migration states no preconditions", site.Summary);
    }

    [Fact]
    public void Remote_repository_with_code_preconditions_is_not_targetable()
    {
        var yaml = File.ReadAllText(_fleet.FilePath).Replace("repository: sites/lyon-l1", "repository: https://git.acme.example/lyon-l1.git", StringComparison.Ordinal);
        var fleet = FleetLoader.Parse(yaml, _fleet.FilePath).Fleet!;

        var site = MigrationPlanner.PlanSite(fleet.FindSite("lyon-l1")!, Migration());

        Assert.Equal(TargetingDecision.NotTargetable, site.Decision);
        Assert.Contains("is not cloned", site.Summary, StringComparison.Ordinal);
    }
}
