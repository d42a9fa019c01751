using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Store;

namespace PlcFleet.EndToEnd.Tests.Fleet;

/// <summary>
/// A migration over the example fleet edits ST inside a TwinCAT .TcPOU (a property's Set accessor) and inside a
/// Rockwell .L5X (one line of an ST routine) and changes an output on purpose. The equivalence verifier must prove
/// everything else unchanged, and where the symbolic model cannot, the site goes to a person instead of passing on
/// random traces. Without that criterion each change request's git diff is exactly the edited line (a lost BOM or CRLF
/// would show as more changed lines).
/// </summary>
public sealed class VendorMigrationRunTests
{
    [Fact]
    public async Task The_speed_limit_migration_is_stopped_for_review_where_equivalence_cannot_be_proven()
    {
        // The limit changes the speed reference on purpose (allowed_output_changes); that nothing else changes must be
        // proven, and the symbolic model does not cover a TwinCAT action call nor a Logix UDT: both sites escalate
        // with what could not be modelled, and no change request is opened on a random search alone.
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);

        var run = CliRunner.Run(folder.Path, "migration", "run", "migrations/infeed-speed-limit.md", "--fleet", "fleet.yaml", "--parallel", "2");

        Assert.Matches(@"hamburg-l5\s+needs human review: equivalence: EQV006 PLC/POUs/MAIN.TcPOU:\d+:\d+: MAIN: .*the call of A_Reset", run.StdOut);
        Assert.Matches(@"ohio-l2\s+needs human review: equivalence: EQV006 Logix/OH_L2_CasePacker.L5X:\d+:\d+: Infeed: .*UDT_Conveyor", run.StdOut);
        var store = SqliteFleetStore.Open(Path.Combine(folder.Path, ".plcfleet", "plcfleet.db"));
        Assert.Empty(await store.ListChangeRequestsAsync());
    }

    [Fact]
    public async Task The_speed_limit_migration_changes_one_line_in_the_TcPOU_and_one_in_the_L5X()
    {
        // The vendor edit path on its own: the same migration without the equivalence criterion, which the test above shows
        // escalating where the symbolic model stops (a Logix UDT, a TwinCAT action call).
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);
        var migration = Path.Combine(folder.Path, "migrations", "infeed-speed-limit.md");
        File.WriteAllText(migration, File.ReadAllText(migration).Replace("  - equivalence\n", "", StringComparison.Ordinal));

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
