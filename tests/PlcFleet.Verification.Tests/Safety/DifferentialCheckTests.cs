using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety;
using PlcFleet.Verification.Safety.Differential;

namespace PlcFleet.Verification.Tests.Safety;

/// <summary>SAF018 (differential simulation), SAF019 and SAF003 (escalation when the analysis cannot decide).</summary>
public sealed class DifferentialCheckTests
{
    private static string Case(string name, string side) => Path.Combine(MutationCorpusTests.CorpusRoot, "guard", name, side + ".st");

    private static SafetyReport Compare(string name, SafetyOptions? options = null) =>
        SafetyAnalyzer.Compare(Case(name, "before"), Case(name, "after"), options);

    [Fact]
    public void Debounced_restart_latch_is_caught_in_simulation_with_the_shrunk_trace()
    {
        var report = Compare("unsafe-reset-latch-debounced");

        var finding = Assert.Single(report.Findings, f => f.RuleId == "SAF018");
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("Conveyor_Motor_K1", finding.Message, StringComparison.Ordinal);
        Assert.Contains("seed 61131", finding.Explanation, StringComparison.Ordinal);
        // The shrunk trace opens a contact for one scan (a guard channel or the e-stop, depending on which trace hit first).
        Assert.Matches(@"(GuardDoor_Ch\d|EStop_Ok) := FALSE; 1 scan; output old FALSE, new (FALSE|TRUE)\r?\n", finding.Explanation);
        Assert.NotNull(finding.Trace);
        Assert.Equal("TRUE", finding.Trace[^1].After);
        Assert.Equal("FALSE", finding.Trace[^1].Before);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "SAF002");
        Assert.True(report.HasViolations);
    }

    [Fact]
    public void An_output_the_migration_declares_as_changed_is_not_compared()
    {
        var report = Compare("unsafe-reset-latch-debounced", SafetyOptions.Default with { AllowedOutputChanges = ["Conveyor_Motor_K1"] });

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "SAF018");
    }

    [Fact]
    public async Task Allowed_output_changes_reach_the_verifier_through_the_change_scope()
    {
        using var site = new TempSite().With("src/Main.st", File.ReadAllText(Case("unsafe-reset-latch-debounced", "before")));
        site.Change("src/Main.st", File.ReadAllText(Case("unsafe-reset-latch-debounced", "after")));
        var verifier = new SafetyVerifier();

        var strict = await verifier.RunAsync(new VerificationContext(site.Workspace, site.Baseline), CancellationToken.None);
        var declared = await verifier.RunAsync(new VerificationContext(site.Workspace, site.Baseline,
            new ChangeScope { AllowedOutputChanges = ["Conveyor_Motor_K1"] }), CancellationToken.None);

        Assert.Equal(VerificationOutcome.Failed, strict.Outcome);
        Assert.Contains(strict.Findings, f => f.RuleId == "SAF018" && f.File == "src/Main.st");
        Assert.Equal(VerificationOutcome.Passed, declared.Outcome);
    }

    [Fact]
    public void Stricter_release_timing_passes_the_simulation()
    {
        var report = Compare("safe-release-from-last-scan-latch");

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Simulation_budget_exhausted_before_the_minimum_traces_escalates()
    {
        var report = Compare("safe-release-from-last-scan-latch", SafetyOptions.Default with { Simulation = new SimulationBudget(Seconds: 0) });

        var finding = Assert.Single(report.Findings);
        Assert.Equal("SAF019", finding.RuleId);
        Assert.True(finding.Escalate);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("safety engineer", finding.Message, StringComparison.Ordinal);
        Assert.True(report.NeedsEscalation);
        Assert.False(report.HasViolations);
    }

    [Fact]
    public void Signature_budget_exhausted_escalates_instead_of_passing()
    {
        var report = Compare("safe-release-from-last-scan-latch", new SafetyOptions([], SignatureBudget: 1));

        var finding = Assert.Single(report.Findings, f => f.RuleId == "SAF003");
        Assert.True(finding.Escalate);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("must review it before approval", finding.Message, StringComparison.Ordinal);
        Assert.True(report.NeedsEscalation);
    }

    [Fact]
    public async Task Code_the_simulator_cannot_compile_escalates_with_the_reason()
    {
        const string before = """
            VAR_GLOBAL
                EStop_Ok AT %IX0.0 : BOOL;
                Btn_Run  AT %IX0.1 : BOOL;
                Motor_K1 AT %QX0.0 : BOOL;
                Recipe   : STRING := 'PET-500';
            END_VAR
            PROGRAM PRG_Main
            Motor_K1 := Btn_Run AND EStop_Ok;
            END_PROGRAM
            """;
        using var site = new TempSite().With("src/Main.st", before);
        // STRING_TO_TIME type-checks (it is a standard conversion) but the simulator does not parse times from text:
        // the change cannot be simulated.
        site.Change("src/Main.st", before.Replace("Btn_Run AND EStop_Ok;", "Btn_Run AND EStop_Ok AND STRING_TO_TIME(Recipe) > T#0S;", StringComparison.Ordinal));

        var result = await new SafetyVerifier().RunAsync(new VerificationContext(site.Workspace, site.Baseline), CancellationToken.None);

        Assert.Equal(VerificationOutcome.Escalate, result.Outcome);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "SAF019");
        Assert.StartsWith("could not simulate the new code: PRG_Main:", finding.Message, StringComparison.Ordinal);
    }
}
