namespace PlcFleet.EndToEnd.Tests.Fleet;

/// <summary>
/// The compliance report an auditor reads, from a real run: the demo's change requests exported with
/// <c>audit export</c> carry the verification summary and judge state that <c>cr show</c> prints.
/// </summary>
public sealed class DemoComplianceTests
{
    [Fact]
    public void Audit_export_of_the_demo_shows_each_change_requests_verification_and_judge()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.Path, "demo", "--work", "demo").ExitCode);

        var export = CliRunner.Run(folder.Path, "audit", "export", "--work", "demo/.plcfleet", "--migration", "guard-monitor", "--out", "reports");

        Assert.True(export.ExitCode == 0, export.ToString());
        var markdown = File.ReadAllText(Path.Combine(folder.Path, "reports", "compliance-guard-monitor.md"));
        var changes = markdown.Split("\n### CR-").Skip(1).ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, change =>
        {
            Assert.DoesNotContain("no summary recorded", change, StringComparison.Ordinal);
            Assert.Matches(@"- Verification: Passed: scope passed, compile passed, safety passed, simulation passed, equivalence passed", change);
            Assert.Contains("- Judge verdict: off (no LLM configured)", change, StringComparison.Ordinal);
        });
        var show = CliRunner.Run(folder.Path, "cr", "show", "CR-1", "--work", "demo/.plcfleet");
        Assert.Contains("Verification: Passed", show.StdOut, StringComparison.Ordinal);
    }
}
