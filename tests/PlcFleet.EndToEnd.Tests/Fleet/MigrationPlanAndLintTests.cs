namespace PlcFleet.EndToEnd.Tests.Fleet;

public sealed class MigrationPlanAndLintTests
{
    [Fact]
    public void Plan_explains_for_every_site_why_it_is_targeted_or_not()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);

        var result = CliRunner.Run(folder.Path, "migration", "plan", "migrations/guard-monitor.md", "--fleet", "fleet.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5 targeted, 7 skipped", result.StdOut);
        Assert.Matches(@"TARGET lyon-l1\s+\[pilot\]", result.StdOut);
        Assert.Contains("firmware is 2.3.9, needs >= 3.1", result.StdOut);
        Assert.Contains("src/Safety/SafetyMain.st is certified", result.StdOut);
        Assert.Contains("dialect is scl", result.StdOut);
    }

    [Fact]
    public void A_broken_fleet_file_is_reported_with_its_position_and_exit_code_2()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);
        var fleet = File.ReadAllText(Path.Combine(folder.Path, "fleet.yaml")).Replace("firmware: 3.5.17", "firmware: [3.5.17", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder.Path, "fleet.yaml"), fleet);

        var result = CliRunner.Run(folder.Path, "migration", "plan", "migrations/guard-monitor.md", "--fleet", "fleet.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"fleet\.yaml:\d+:\d+: error", result.StdErr);
    }

    [Fact]
    public void A_broken_migration_is_reported_with_its_position_and_nothing_runs()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);
        var migration = ExampleFleet.GuardMonitor(folder);
        File.WriteAllText(migration, File.ReadAllText(migration).Replace("version: 2", "version: two", StringComparison.Ordinal));

        var result = CliRunner.Run(folder.Path, "migration", "run", "migrations/guard-monitor.md", "--fleet", "fleet.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"guard-monitor\.md:4:\d+: error", result.StdErr);
        Assert.False(File.Exists(Path.Combine(folder.Path, ".plcfleet", "plcfleet.db")));
    }

    [Fact]
    public void Lint_passes_the_example_and_fails_a_prompt_without_examples()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);
        Assert.Equal(0, CliRunner.Run(folder.Path, "migration", "lint", "migrations/guard-monitor.md").ExitCode);

        var migration = ExampleFleet.GuardMonitor(folder);
        var text = File.ReadAllText(migration);
        File.WriteAllText(migration, text[..text.IndexOf("## Examples", StringComparison.Ordinal)] + text[text.IndexOf("## Task", StringComparison.Ordinal)..]);
        var result = CliRunner.Run(folder.Path, "migration", "lint", "migrations/guard-monitor.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"migrations/guard-monitor\.md:\d+:\d+: error ML\d+", result.StdOut);
        Assert.Contains("suggestion:", result.StdOut);
    }
}
