using PlcFleet.Verification.Equivalence;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Tests.Simulation;

namespace PlcFleet.Verification.Tests.Equivalence;

public sealed class EquivalenceVerifierTests
{
    // Bounded by the default trace count with a fixed seed, never by wall time: the verdict must not depend on how
    // busy the machine is (a 300 ms budget let a loaded CI machine stop before the divergent trace).
    private static readonly EquivalenceBudget Quick = new() { TimePerProgram = TimeSpan.FromMinutes(2) };

    private static Task<VerifierResult> Run(TempSite site, ChangeScope? scope = null) =>
        new EquivalenceVerifier(Quick).RunAsync(new VerificationContext(site.Workspace, site.Baseline, scope), CancellationToken.None);

    private static TempSite Conveyor() =>
        new TempSite().With("src/PRG_Conveyor.st", ConveyorSite.Program).With("tests/conveyor.scenario.yaml", ConveyorSite.Scenario);

    [Fact]
    public async Task A_refactoring_with_the_same_behaviour_passes_and_carries_a_before_after_waveform()
    {
        using var site = Conveyor();
        site.Change("src/PRG_Conveyor.st", ConveyorSite.AsEquation);

        var result = await Run(site);

        Assert.Equal(VerificationOutcome.Passed, result.Outcome);
        var waveform = Assert.IsType<WaveformEvidence>(result.Waveform);
        Assert.Null(waveform.DivergenceCycle);
        Assert.Contains("seed 61131", waveform.Summary, StringComparison.Ordinal);
        Assert.Contains("Motor_K1 (before)", waveform.Trace.Signals);
        Assert.Contains("Motor_K1 (after)", waveform.Trace.Signals);
        Assert.Equal(60, waveform.Trace.Rows.Count);
        var before = waveform.Trace.Signals.ToList().IndexOf("Motor_K1 (before)");
        Assert.Contains(waveform.Trace.Rows, r => r.Values[before] == "TRUE");
        Assert.All(waveform.Trace.Rows, r => Assert.Equal(r.Values[before], r.Values[before + 1]));
    }

    [Fact]
    public async Task A_lost_seal_in_is_a_divergence_with_the_cycle_the_seed_and_the_shrunk_trace()
    {
        using var site = Conveyor();
        site.Change("src/PRG_Conveyor.st", ConveyorSite.WithoutSealIn);

        var result = await Run(site);

        Assert.Equal(VerificationOutcome.Failed, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(EquivalenceVerifier.Divergent, finding.RuleId);
        Assert.Equal("src/PRG_Conveyor.st", finding.File);
        Assert.Equal(1, finding.Line);
        Assert.Contains("differs at cycle", finding.Message, StringComparison.Ordinal);
        Assert.Contains("seed 61131", finding.Message, StringComparison.Ordinal);
        Assert.Contains("minimal input trace: cycle 0", finding.Message, StringComparison.Ordinal);
        var waveform = Assert.IsType<WaveformEvidence>(result.Waveform);
        Assert.NotNull(waveform.DivergenceCycle);
        Assert.Equal(waveform.DivergenceCycle, waveform.Trace.Rows[^1].Cycle);
    }

    [Fact]
    public async Task Outputs_the_migration_allows_to_change_are_not_compared()
    {
        using var site = Conveyor();
        site.Change("src/PRG_Conveyor.st", ConveyorSite.Program.Replace("Lamp_Running := Motor_K1;", "Lamp_Running := Motor_K1 AND Guard_OK;", StringComparison.Ordinal)
            .Replace("IF NOT EStop_OK OR NOT Guard_OK", "IF NOT EStop_OK", StringComparison.Ordinal));

        var strict = await Run(site, new ChangeScope { AllowedOutputChanges = ["Lamp_Running"] });
        var lax = await Run(site, new ChangeScope { AllowedOutputChanges = ["Lamp_Running", "Motor_K1"] });

        Assert.Equal(VerificationOutcome.Failed, strict.Outcome);
        Assert.Contains("Motor_K1", Assert.Single(strict.Findings).Message, StringComparison.Ordinal);
        Assert.Equal(VerificationOutcome.Passed, lax.Outcome);
    }

    [Fact]
    public async Task Allowed_output_changes_are_name_patterns_as_migrations_write_them()
    {
        using var site = Conveyor();
        site.Change("src/PRG_Conveyor.st", ConveyorSite.Program.Replace("IF NOT EStop_OK OR NOT Guard_OK", "IF NOT EStop_OK", StringComparison.Ordinal));

        var other = await Run(site, new ChangeScope { AllowedOutputChanges = ["*Lamp*"] });
        var motor = await Run(site, new ChangeScope { AllowedOutputChanges = ["motor_*", "*Lamp*"] });

        Assert.Equal(VerificationOutcome.Failed, other.Outcome);
        Assert.Contains("Motor_K1", Assert.Single(other.Findings).Message, StringComparison.Ordinal);
        Assert.NotEqual(VerificationOutcome.Failed, motor.Outcome);
    }

    private const string PartCounter = """
        PROGRAM PRG_PartCounter
        VAR
            bPartSensor AT %IX0.3 : BOOL;
            rtPart : R_TRIG;
            nParts : DINT;
        END_VAR
        // Parts since power-up
        rtPart(CLK := bPartSensor);
        IF rtPart.Q THEN
            nParts := nParts + 1;
        END_IF;
        END_PROGRAM
        """;

    [Fact]
    public async Task A_changed_program_with_nothing_observable_escalates_instead_of_passing()
    {
        // A part counter that keeps its count to itself: no %Q, no VAR_OUTPUT, no global. Whatever the change does to it,
        // no trace can show it, so "no difference found" would be a vacuous pass.
        using var site = new TempSite().With("src/PRG_PartCounter.st", PartCounter);
        site.Change("src/PRG_PartCounter.st", PartCounter.Replace("nParts + 1", "nParts + 2", StringComparison.Ordinal));

        var result = await Run(site);

        Assert.Equal(VerificationOutcome.Escalate, result.Outcome);
        Assert.Equal(EquivalenceVerifier.NothingCompared, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task A_program_with_nothing_observable_whose_change_is_proven_passes_with_the_warning()
    {
        using var site = new TempSite().With("src/PRG_PartCounter.st", PartCounter);
        site.Change("src/PRG_PartCounter.st", PartCounter.Replace("// Parts since power-up", "(* counted on the rising edge only *)", StringComparison.Ordinal)
            .Replace("IF rtPart.Q THEN\n    nParts := nParts + 1;\nEND_IF;", "nParts := nParts + BOOL_TO_DINT(rtPart.Q);", StringComparison.Ordinal));

        var result = await Run(site);

        Assert.Equal(VerificationOutcome.Passed, result.Outcome);
        Assert.Equal(EquivalenceVerifier.NothingCompared, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task A_removed_output_is_a_signal_mismatch()
    {
        using var site = Conveyor();
        site.Change("src/PRG_Conveyor.st", ConveyorSite.Program.Replace("    Lamp_Running : BOOL;\n", "", StringComparison.Ordinal)
            .Replace("Lamp_Running := Motor_K1;\n", "", StringComparison.Ordinal));

        var result = await Run(site);

        Assert.Equal(VerificationOutcome.Failed, result.Outcome);
        Assert.Contains(result.Findings, f => f.RuleId == EquivalenceVerifier.SignalMismatch && f.Message.Contains("Lamp_Running", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Is_active_only_with_a_version_before_the_change()
    {
        using var site = Conveyor();
        var verifier = new EquivalenceVerifier(Quick);

        Assert.False(verifier.IsActive(new VerificationContext(site.Workspace)));
        Assert.True(verifier.IsActive(new VerificationContext(site.Workspace, site.Baseline)));
        Assert.Equal(VerificationOutcome.Passed, (await Run(site)).Outcome);
    }

    [Fact]
    public void The_site_verifier_list_runs_simulation_then_equivalence_last()
    {
        var names = PlcFleet.Verification.SiteVerifiers.Runner().Verifiers.Select(v => v.Name).ToList();

        Assert.Equal(["scope", "compile", "safety", "simulation", "equivalence"], names);
    }
}
