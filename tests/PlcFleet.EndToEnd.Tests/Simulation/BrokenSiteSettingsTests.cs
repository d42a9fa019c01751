using PlcFleet.EndToEnd.Tests.Fleet;

namespace PlcFleet.EndToEnd.Tests.Simulation;

/// <summary>
/// A site whose plcfleet.yaml names a dialect that does not exist: every command that reads the site fails with the
/// file's position, as <c>check</c> does, instead of passing on default settings.
/// </summary>
public sealed class BrokenSiteSettingsTests
{
    private const string Expected = "plcfleet.yaml:3:10: error PF0003: unknown dialect 'rockwell5000'";

    [Fact]
    public void Test_safety_show_and_migration_plan_fail_on_a_broken_plcfleet_yaml_with_its_position()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);
        var settings = Path.Combine(folder.Path, "sites", "lyon-l1", "plcfleet.yaml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("dialect: codesys", "dialect: rockwell5000", StringComparison.Ordinal));

        var test = CliRunner.Run(folder.Path, "test", "sites/lyon-l1");
        var show = CliRunner.Run(folder.Path, "safety", "show", "sites/lyon-l1");
        var plan = CliRunner.Run(folder.Path, "migration", "plan", "migrations/guard-monitor.md", "--fleet", "fleet.yaml");

        Assert.True(test.ExitCode == 2, test.ToString());
        Assert.Contains(Expected, test.StdErr, StringComparison.Ordinal);
        Assert.True(show.ExitCode == 1, show.ToString());
        Assert.Contains(Expected, show.StdErr, StringComparison.Ordinal);
        Assert.True(plan.ExitCode == 2, plan.ToString());
        Assert.Contains(Expected, plan.StdErr, StringComparison.Ordinal);
        Assert.Contains("lyon-l1", plan.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Safety_show_on_code_with_syntax_errors_exits_non_zero_and_names_the_position()
    {
        using var folder = new TempFolder();
        var site = ExampleSite.CopyTo(folder, "lyon-l1", "lyon-l1");
        ExampleSite.Replace(site, "src/PRG_Conveyor.st", "Jam_Detected := fbJam.Jam;", "Jam_Detected := fbJam.Jam");

        var show = CliRunner.Run(folder.Path, "safety", "show", site);

        Assert.True(show.ExitCode == 1, show.ToString());
        Assert.Matches(@"PRG_Conveyor\.st:\d+:\d+: error ", show.StdErr);
    }
}
