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

        // qRobotVrijgave itself is refused with a simulation trace (SAF018 settles it); the turntable, which the simulation did
        // not energise, is escalated by the cross-scan proof.
        var finding = Assert.Single(report.Findings, f => f.RuleId == "SAF024");
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

    [Fact]
    public void A_longer_timer_read_through_another_programs_flag_is_not_proven()
    {
        // PRG_Band reads PRG_Sicher.bAus from the previous scan; bAus copies a timer output, so it is kept state, not a remembered input.
        const string Site = """
            VAR_GLOBAL
                iStart AT %IX0.0 : BOOL;
                qBand  AT %QX0.0 : BOOL;
            END_VAR
            PROGRAM PRG_Band
            qBand := iStart AND PRG_Sicher.bFrei;
            END_PROGRAM
            PROGRAM PRG_Sicher
            VAR
                tMax  : TON;
                bFrei : BOOL;
            END_VAR
            tMax(IN := iStart, PT := T#5S);
            bFrei := NOT tMax.Q;
            END_PROGRAM
            """;
        using var site = new TempSite().With("Band.st", Site);
        site.Change("Band.st", Site.Replace("PT := T#5S", "PT := T#50S", StringComparison.Ordinal));

        var report = SafetyAnalyzer.Compare(site.Baseline, site.Workspace);

        Assert.True(report.HasViolations || report.NeedsEscalation, "a ten times longer run limit passed as proven");
        // Escalated by the cross-scan proof (SAF024 on tMax), unless the simulation found the counterexample that settles it.
        Assert.Contains(report.Findings, f => (f.RuleId == "SAF024" && f.Message.Contains("tMax", StringComparison.Ordinal))
                                              || (f.RuleId == "SAF018" && f.Message.Contains("qBand", StringComparison.Ordinal)));
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
