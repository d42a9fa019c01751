using PlcFleet.Verification.Safety;
using PlcFleet.Verification.Safety.Corpus;

namespace PlcFleet.Verification.Tests.Safety;

/// <summary>The cone across programs, FB instances and scans, and shared I/O bytes (Classes/cross-scan, a Dutch CODESYS robot cell).</summary>
public sealed class CrossScanTests
{
    private static readonly Lazy<IReadOnlyList<CorpusCase>> Cases = new(() => CorpusLoader.Load(Path.Combine(AppContext.BaseDirectory, "Safety", "Classes", "cross-scan")));

    [Fact]
    public void A_level_reset_in_the_other_program_is_escalated_at_the_changed_latch_call()
    {
        var report = Run("unsafe-level-reset");

        var finding = Assert.Single(report.Findings, f => f.RuleId == "SAF024" && f.Message.Contains("qRobotVrijgave", StringComparison.Ordinal));
        Assert.True(finding.Escalate);
        Assert.Contains("PRG_Veiligheid.rsVrijgave.q1", finding.Message, StringComparison.Ordinal);
        Assert.Contains("rsVrijgave(SET := xResetKnop", File.ReadLines(Path.Combine(Case("unsafe-level-reset").After)).ElementAt(finding.Location.Line - 1), StringComparison.Ordinal);
    }

    [Fact]
    public void The_simulation_reads_the_other_programs_permit_and_finds_the_restart()
    {
        // PRG_Cel reads PRG_Veiligheid.xVrijgave: linked as shared memory, the held reset button re-arms the robot in simulation.
        var report = Run("unsafe-level-reset");

        Assert.Contains(report.Findings, f => f.RuleId == "SAF018" && !f.Escalate);
        Assert.DoesNotContain("PRG_Cel.PRG_Veiligheid", string.Join("\n", report.Findings), StringComparison.Ordinal);
        Assert.True(report.HasViolations);
    }

    [Fact]
    public void Codesys_bistable_inputs_put_the_door_channels_in_the_robot_enable_cone()
    {
        var site = SiteAnalysis.Load(Case("safe-stricter-jog").Before);
        var cone = Verification.Safety.Analysis.SafetyCone.Of(site, ["global.qrobotvrijgave"]);

        Assert.Contains("global.xdeurkanaal1", cone.Paths);
        Assert.Contains("global.xdeurkanaal2", cone.Paths);
        Assert.Contains("global.xresetknop", cone.Paths);
    }

    [Fact]
    public void A_byte_written_over_safety_outputs_energises_them()
    {
        var report = Run("unsafe-lamp-byte-overlap");

        Assert.Contains(report.Findings, f => f.RuleId == "SAF002" && f.Message.Contains("qRobotVrijgave", StringComparison.Ordinal));
        Assert.True(report.HasViolations);
    }

    [Fact]
    public void A_while_loop_in_the_door_block_is_escalated_as_unresolved()
    {
        var report = Run("unsafe-while-clears-fault");

        Assert.Contains(report.Findings, f => f is { RuleId: "SAF020", Escalate: true } && f.Message.Contains("WHILE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("safe-shorter-discrepancy")]
    [InlineData("safe-longer-start-delay")]
    [InlineData("safe-fault-latch-as-expression")]
    [InlineData("safe-rename-in-jog-if")]
    [InlineData("safe-and-as-if-else")]
    public void Refactorings_of_kept_state_and_guards_are_proven(string name) =>
        Assert.Empty(Run(name).Findings);

    private static SafetyReport Run(string name) => SafetyAnalyzer.Compare(Case(name).Before, Case(name).After);

    private static CorpusCase Case(string name) => Cases.Value.Single(c => c.Name == name);
}
