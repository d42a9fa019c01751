using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Store;

namespace PlcFleet.EndToEnd.Tests.Fleet;

/// <summary>
/// A migration over the example fleet edits ST inside a TwinCAT .TcPOU (a property's Set accessor) and inside a
/// Rockwell .L5X (one line of an ST routine): each change request's git diff is exactly that line (a lost BOM or
/// CRLF would show as more changed lines).
/// </summary>
public sealed class VendorMigrationRunTests
{
    [Fact]
    public async Task The_speed_limit_migration_changes_one_line_in_the_TcPOU_and_one_in_the_L5X()
    {
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);

        var run = CliRunner.Run(folder.Path, "migration", "run", "migrations/infeed-speed-limit.md", "--fleet", "fleet.yaml", "--parallel", "2");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"hamburg-l5\s+changed and verified \(CR-\d\)", run.StdOut);
        Assert.Matches(@"ohio-l2\s+changed and verified \(CR-\d\)", run.StdOut);
        Assert.Matches(@"changed and verified\s+2", run.StdOut);
        var store = SqliteFleetStore.Open(Path.Combine(folder.Path, ".plcfleet", "plcfleet.db"));
        Assert.Equal(["hamburg-l5", "ohio-l2"], (await store.ListChangeRequestsAsync()).Select(cr => cr.SiteId).Order(StringComparer.Ordinal));

        var twincat = new GitRepository(Path.Combine(folder.Path, "sites", "hamburg-l5"));
        Assert.Equal(
            ["-_nSpeedPercent := LIMIT(20, nSpeedPercent, 100);]]></ST>\r", "+_nSpeedPercent := LIMIT(20, nSpeedPercent, 80);]]></ST>\r"],
            ChangedLines(twincat.Diff("main", "plcfleet/infeed-speed-limit-v1")));
        var logix = new GitRepository(Path.Combine(folder.Path, "sites", "ohio-l2"));
        Assert.Equal(
            [
                "-<![CDATA[    Infeed.SpeedRef := SpeedSetpoint * 0.01 * 60.0;]]>\r",
                "+<![CDATA[    IF SpeedSetpoint > 80.0 THEN Infeed.SpeedRef := 48.0; ELSE Infeed.SpeedRef := SpeedSetpoint * 0.01 * 60.0; END_IF;]]>\r",
            ],
            ChangedLines(logix.Diff("main", "plcfleet/infeed-speed-limit-v1")));
    }

    private static List<string> ChangedLines(string diff) =>
        diff.Split('\n').Where(l => l.Length > 1 && l[0] is '+' or '-' && !l.StartsWith("+++", StringComparison.Ordinal) && !l.StartsWith("---", StringComparison.Ordinal)).ToList();
}
