using System.Security.Cryptography;
using System.Text;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Verification.Tests.Scope;

public sealed class ScopeVerifierTests : IDisposable
{
    private readonly TempSite site = new();
    private readonly ScopeVerifier verifier = new();

    public ScopeVerifierTests()
    {
        site.With("src/Conveyor/FB_Conveyor.st", SampleCode.Conveyor)
            .With("src/Machine/FB_EStop.st", "FUNCTION_BLOCK FB_EStop\nVAR_INPUT xChannelA : BOOL; xChannelB : BOOL; END_VAR\nEND_FUNCTION_BLOCK\n")
            .With("tests/conveyor.scenario.yaml", SampleCode.Scenario)
            .With("plcfleet.yaml", "dialect: codesys\nsafety:\n  pous: [FB_EStop]\n");
    }

    public void Dispose() => site.Dispose();

    private static ChangeScope ConveyorScope => new() { Include = ["src/Conveyor/**"] };

    private async Task<VerifierResult> Run(ChangeScope scope, bool withBaseline = true) =>
        await verifier.RunAsync(new VerificationContext(site.Workspace, withBaseline ? site.Baseline : null, scope), CancellationToken.None);

    [Fact]
    public async Task Change_inside_scope_passes()
    {
        site.Change("src/Conveyor/FB_Conveyor.st", SampleCode.Conveyor.Replace("T#2S", "T#3S", StringComparison.Ordinal));
        var result = await Run(ConveyorScope);
        Assert.Equal(VerificationOutcome.Passed, result.Outcome);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task No_change_passes()
    {
        Assert.Equal(VerificationOutcome.Passed, (await Run(ConveyorScope)).Outcome);
    }

    [Fact]
    public async Task File_outside_scope_fails()
    {
        site.Change("src/Machine/FB_EStop.st", "FUNCTION_BLOCK FB_EStop\nEND_FUNCTION_BLOCK\n");
        var result = await Run(ConveyorScope);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ScopeRules.OutsideScope, finding.RuleId);
        Assert.Equal("src/Machine/FB_EStop.st", finding.File);
        Assert.Equal(VerificationOutcome.Failed, result.Outcome);
    }

    [Fact]
    public async Task Excluded_file_fails_even_when_included()
    {
        site.With("src/Conveyor/Generated/GVL_Io.st", "VAR_GLOBAL END_VAR\n");
        site.Change("src/Conveyor/Generated/GVL_Io.st", "VAR_GLOBAL xNew : BOOL; END_VAR\n");
        var result = await Run(ConveyorScope with { Exclude = ["**/Generated/**"] });
        Assert.Equal(ScopeRules.OutsideScope, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task New_file_outside_scope_fails()
    {
        site.Change("src/Hmi/Alarms.st", "PROGRAM Alarms END_PROGRAM\n");
        var result = await Run(ConveyorScope);
        Assert.Contains("was added", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleted_file_fails()
    {
        site.Delete("src/Conveyor/FB_Conveyor.st");
        var result = await Run(ConveyorScope);
        Assert.Equal(ScopeRules.FileDeleted, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task Read_only_config_modified_fails()
    {
        site.Change("plcfleet.yaml", "dialect: codesys\nsafety:\n  pous: []\n");
        var result = await Run(new ChangeScope());
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ScopeRules.ReadOnlyModified, finding.RuleId);
        Assert.Equal("plcfleet.yaml", finding.File);
    }

    [Fact]
    public async Task Scenario_with_expectation_removed_is_weakened()
    {
        site.Change("tests/conveyor.scenario.yaml", SampleCode.Scenario.Replace("    expect: { xMotorRun: false }\n", "", StringComparison.Ordinal));
        var result = await Run(new ChangeScope());
        Assert.Contains(result.Findings, f => f.RuleId == ScopeRules.ReadOnlyModified);
        var weakened = Assert.Single(result.Findings, f => f.RuleId == ScopeRules.ScenarioWeakened);
        Assert.Contains("xMotorRun", weakened.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenario_with_invariant_removed_is_weakened()
    {
        site.Change("tests/conveyor.scenario.yaml", SampleCode.Scenario.Replace("  - NOT xGuardClosed => NOT xMotorRun\n", "", StringComparison.Ordinal));
        var result = await Run(new ChangeScope());
        Assert.Contains(result.Findings, f => f.RuleId == ScopeRules.ScenarioWeakened && f.Message.Contains("xGuardClosed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reformatted_scenario_is_read_only_but_not_weakened()
    {
        var reformatted = """
            # reformatted by an editor
            program: "FB_Conveyor"
            invariants: ["NOT xEStopOk => NOT xMotorRun", "NOT xGuardClosed => NOT xMotorRun"]
            steps:
              - set: {xGuardClosed: true, xEStopOk: true, xStart: true}
                at: 0ms
              - {at: 2100ms, expect: {xMotorRun: true}}
              - at: 2200ms
                expect:
                  xMotorRun: false
                set:
                  xEStopOk: false
            """;
        site.Change("tests/conveyor.scenario.yaml", reformatted);
        var result = await Run(new ChangeScope());
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ScopeRules.ScenarioWeakened);
        Assert.Contains(result.Findings, f => f.RuleId == ScopeRules.ReadOnlyModified);
    }

    [Fact]
    public async Task Broken_scenario_yaml_is_weakened()
    {
        site.Change("tests/conveyor.scenario.yaml", "steps: [ {at: 0ms\n");
        var result = await Run(new ChangeScope());
        Assert.Contains(result.Findings, f => f.RuleId == ScopeRules.ScenarioWeakened && f.Message.Contains("no longer valid YAML", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deleted_scenario_is_weakened()
    {
        site.Delete("tests/conveyor.scenario.yaml");
        var result = await Run(new ChangeScope());
        Assert.Contains(result.Findings, f => f.RuleId == ScopeRules.ScenarioWeakened);
    }

    [Fact]
    public async Task Certified_file_with_matching_checksum_passes()
    {
        var scope = new ChangeScope { CertifiedFiles = [new CertifiedFile("src/Machine/FB_EStop.st", Sha256Of(site, "src/Machine/FB_EStop.st"))] };
        Assert.Equal(VerificationOutcome.Passed, (await Run(scope)).Outcome);
    }

    [Fact]
    public async Task Certified_file_touched_fails_once()
    {
        var scope = new ChangeScope { CertifiedFiles = [new CertifiedFile("src/Machine/FB_EStop.st", Sha256Of(site, "src/Machine/FB_EStop.st"))] };
        site.Change("src/Machine/FB_EStop.st", "FUNCTION_BLOCK FB_EStop\nEND_FUNCTION_BLOCK\n");
        var result = await Run(scope);
        Assert.Equal(ScopeRules.CertifiedTouched, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task Certified_file_deleted_fails()
    {
        var scope = new ChangeScope { CertifiedFiles = [new CertifiedFile("src/Machine/FB_EStop.st", Sha256Of(site, "src/Machine/FB_EStop.st"))] };
        site.Delete("src/Machine/FB_EStop.st");
        var result = await Run(scope);
        Assert.Contains(result.Findings, f => f.RuleId == ScopeRules.CertifiedTouched && f.Message.Contains("deleted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Too_many_files_fails()
    {
        site.With("src/Conveyor/FB_Belt2.st", "FUNCTION_BLOCK FB_Belt2\nEND_FUNCTION_BLOCK\n");
        site.Change("src/Conveyor/FB_Belt2.st", "FUNCTION_BLOCK FB_Belt2\n// changed\nEND_FUNCTION_BLOCK\n");
        site.Change("src/Conveyor/FB_Conveyor.st", SampleCode.Conveyor + "// note\n");
        var result = await Run(ConveyorScope with { MaxChangedFiles = 1 });
        Assert.Equal(ScopeRules.TooManyFiles, Assert.Single(result.Findings).RuleId);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(1, false)]
    public async Task Changed_line_ceiling(int ceiling, bool passes)
    {
        // One line replaced = one removed + one added.
        site.Change("src/Conveyor/FB_Conveyor.st", SampleCode.Conveyor.Replace("T#2S", "T#3S", StringComparison.Ordinal));
        var result = await Run(ConveyorScope with { MaxChangedLines = ceiling });
        Assert.Equal(passes, result.Outcome == VerificationOutcome.Passed);
        if (!passes)
        {
            Assert.Equal(ScopeRules.TooManyLines, Assert.Single(result.Findings).RuleId);
        }
    }

    [Fact]
    public async Task Without_baseline_it_escalates()
    {
        var result = await Run(ConveyorScope, withBaseline: false);
        Assert.Equal(VerificationOutcome.Escalate, result.Outcome);
        Assert.Equal(ScopeRules.NoBaseline, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task Safety_folder_is_read_only_by_default()
    {
        site.With("src/Safety/SafetyConfig.st", "VAR_GLOBAL CONSTANT tEStopDelay : TIME := T#0MS; END_VAR\n");
        site.Change("src/Safety/SafetyConfig.st", "VAR_GLOBAL CONSTANT tEStopDelay : TIME := T#500MS; END_VAR\n");
        var result = await Run(new ChangeScope());
        Assert.Equal(ScopeRules.ReadOnlyModified, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void Active_only_with_a_scope()
    {
        Assert.False(verifier.IsActive(new VerificationContext(site.Workspace, site.Baseline)));
        Assert.True(verifier.IsActive(new VerificationContext(site.Workspace, site.Baseline, ConveyorScope)));
    }

    private static string Sha256Of(TempSite s, string path) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(s.Workspace, path))))).ToLowerInvariant();
}
