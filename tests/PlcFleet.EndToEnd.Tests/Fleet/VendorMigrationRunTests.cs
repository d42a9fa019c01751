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

        // cr show puts the ST beside the git diff, numbered in the vendor file's own lines (82 in the TcPOU, 240 in the L5X).
        foreach (var cr in await store.ListChangeRequestsAsync())
        {
            var show = CliRunner.Run(folder.Path, "cr", "show", cr.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(show.ExitCode == 0, show.ToString());
            var stChanges = show.StdOut[show.StdOut.IndexOf("ST changes (per object, lines of the vendor file)", StringComparison.Ordinal)..];
            if (cr.SiteId == "hamburg-l5")
            {
                Assert.Contains("--- a/PLC/POUs/FB_Conveyor.TcPOU", stChanges, StringComparison.Ordinal);
                Assert.Equal(82, VendorLineOf("-_nSpeedPercent := LIMIT(20, nSpeedPercent, 100);", stChanges));
                Assert.Equal(82, VendorLineOf("+_nSpeedPercent := LIMIT(20, nSpeedPercent, 80);", stChanges));
            }
            else
            {
                Assert.Contains("--- a/Logix/OH_L2_CasePacker.L5X", stChanges, StringComparison.Ordinal);
                Assert.Equal(240, VendorLineOf("-    Infeed.SpeedRef := SpeedSetpoint * 0.01 * 60.0;", stChanges));
            }
        }
    }

    /// <summary>The line a diff line stands on, counted from its hunk header on its own side (old for '-', new for '+').</summary>
    private static int VendorLineOf(string diffLine, string diff)
    {
        var lines = diff.ReplaceLineEndings("\n").Split('\n').Select(l => l.StartsWith("  ", StringComparison.Ordinal) ? l[2..] : l).ToList();
        var at = lines.IndexOf(diffLine);
        Assert.True(at >= 0, $"'{diffLine}' is not in:\n{diff}");
        var header = lines.FindLastIndex(at, l => l.StartsWith("@@", StringComparison.Ordinal));
        var numbers = System.Text.RegularExpressions.Regex.Match(lines[header], @"^@@ -(\d+),\d+ \+(\d+),\d+ @@");
        var line = int.Parse(numbers.Groups[diffLine[0] == '-' ? 1 : 2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return line + lines.Skip(header + 1).Take(at - header - 1).Count(l => l.Length > 0 && (l[0] == ' ' || l[0] == diffLine[0]));
    }

    private static List<string> ChangedLines(string diff) =>
        diff.Split('\n').Where(l => l.Length > 1 && l[0] is '+' or '-' && !l.StartsWith("+++", StringComparison.Ordinal) && !l.StartsWith("---", StringComparison.Ordinal)).ToList();
}
