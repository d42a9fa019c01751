using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Tests.Framework;

public sealed class VerificationRunnerTests
{
    private static readonly VerificationContext Context = new(Path.GetTempPath());

    [Fact]
    public async Task Runs_active_verifiers_in_stated_order()
    {
        var sim = new FixedVerifier("simulation", VerifierOrder.Simulation, VerificationOutcome.Passed);
        var compile = new FixedVerifier("compile", VerifierOrder.Compile, VerificationOutcome.Passed);
        var scope = new FixedVerifier("scope", VerifierOrder.Scope, VerificationOutcome.Passed);
        var report = await new VerificationRunner([sim, compile, scope]).RunAsync(Context);
        Assert.Equal(["scope", "compile", "simulation"], report.Results.Select(r => r.VerifierName));
        Assert.True(report.Passed);
    }

    [Fact]
    public async Task Inactive_verifiers_do_not_run()
    {
        var safety = new FixedVerifier("safety", VerifierOrder.Safety, VerificationOutcome.Failed) { Active = false };
        var compile = new FixedVerifier("compile", VerifierOrder.Compile, VerificationOutcome.Passed);
        var report = await new VerificationRunner([safety, compile]).RunAsync(Context);
        Assert.Equal(0, safety.Runs);
        Assert.Single(report.Results);
    }

    [Fact]
    public async Task A_crashing_verifier_escalates_and_never_passes()
    {
        var sim = new FixedVerifier("simulation", VerifierOrder.Simulation, VerificationOutcome.Passed) { Throws = true };
        var report = await new VerificationRunner([sim]).RunAsync(Context);
        Assert.Equal(VerificationOutcome.Escalate, report.Outcome);
        Assert.Equal("VERIFIER-ERROR", report.Results[0].Findings[0].RuleId);
    }

    [Fact]
    public async Task No_active_verifier_is_not_a_pass()
    {
        var report = await new VerificationRunner([]).RunAsync(Context);
        Assert.Equal(VerificationOutcome.Escalate, report.Outcome);
        Assert.False(report.Passed);
    }

    [Theory]
    [InlineData(VerificationOutcome.Passed, VerificationOutcome.Passed, VerificationOutcome.Passed)]
    [InlineData(VerificationOutcome.Passed, VerificationOutcome.Escalate, VerificationOutcome.Escalate)]
    [InlineData(VerificationOutcome.Escalate, VerificationOutcome.Failed, VerificationOutcome.Failed)]
    [InlineData(VerificationOutcome.Failed, VerificationOutcome.Passed, VerificationOutcome.Failed)]
    public async Task Failed_beats_escalate_beats_passed(VerificationOutcome a, VerificationOutcome b, VerificationOutcome expected)
    {
        var report = await new VerificationRunner(
        [
            new FixedVerifier("compile", 1, a),
            new FixedVerifier("safety", 2, b),
        ]).RunAsync(Context);
        Assert.Equal(expected, report.Outcome);
    }

    [Fact]
    public async Task Records_duration_per_verifier()
    {
        var report = await new VerificationRunner([new FixedVerifier("compile", 1, VerificationOutcome.Passed)]).RunAsync(Context);
        Assert.True(report.Results[0].Duration >= TimeSpan.Zero);
        Assert.Equal("compile", report.Results[0].VerifierName);
    }

    [Fact]
    public void From_findings_fails_only_on_errors()
    {
        var warning = new Finding("ST2001", FindingSeverity.Warning, "src/Conveyor.st", 3, 5, "unused variable tStartDelay");
        Assert.Equal(VerificationOutcome.Passed, VerifierResult.FromFindings("compile", [warning]).Outcome);
        var error = warning with { Severity = FindingSeverity.Error };
        Assert.Equal(VerificationOutcome.Failed, VerifierResult.FromFindings("compile", [warning, error]).Outcome);
    }

    [Fact]
    public void Workspace_file_list_skips_git_and_uses_forward_slashes()
    {
        using var site = new TempSite();
        site.With("src/POUs/FB_Conveyor.st", SampleCode.Conveyor).With(".git/config", "[core]").With("plcfleet.yaml", "dialect: codesys");
        var files = new VerificationContext(site.Workspace).WorkspaceFiles();
        Assert.Equal(["plcfleet.yaml", "src/POUs/FB_Conveyor.st"], files);
    }

    [Fact]
    public void Context_detects_files_by_suffix()
    {
        using var site = new TempSite();
        site.With("tests/conveyor.scenario.yaml", SampleCode.Scenario);
        var context = new VerificationContext(site.Workspace);
        Assert.True(context.HasFileEndingWith(".scenario.yaml"));
        Assert.False(context.HasFileEndingWith(".scl", ".st"));
    }
}
