using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Simulation;

namespace PlcFleet.Verification.Tests.Simulation;

public sealed class ScenarioVerifierTests
{
    private static Task<VerifierResult> Run(TempSite site) =>
        new ScenarioVerifier().RunAsync(new VerificationContext(site.Workspace, site.Baseline), CancellationToken.None);

    [Fact]
    public async Task Passing_scenarios_pass()
    {
        using var site = new TempSite().With("src/PRG_Conveyor.st", ConveyorSite.Program).With("tests/conveyor.scenario.yaml", ConveyorSite.Scenario);

        var result = await Run(site);

        Assert.Equal(VerificationOutcome.Passed, result.Outcome);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task A_lost_seal_in_fails_at_the_expectation_with_expected_and_actual()
    {
        using var site = new TempSite().With("src/PRG_Conveyor.st", ConveyorSite.Program).With("tests/conveyor.scenario.yaml", ConveyorSite.Scenario);
        site.Change("src/PRG_Conveyor.st", ConveyorSite.WithoutSealIn);

        var result = await Run(site);

        Assert.Equal(VerificationOutcome.Failed, result.Outcome);
        // Motor_K1 and Lamp_Running, both expected at 300 ms.
        Assert.Equal(2, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal((ScenarioVerifier.ScenarioFailed, FindingSeverity.Error, 13), (f.RuleId, f.Severity, f.Line)));
        var finding = result.Findings[0];
        Assert.Equal("tests/conveyor.scenario.yaml", finding.File);
        Assert.Equal(13, finding.Line);
        Assert.True(finding.Column > 0);
        Assert.Contains("Start seals in", finding.Message, StringComparison.Ordinal);
        var motor = Assert.Single(result.Findings, f => f.Message.Contains("Motor_K1", StringComparison.Ordinal));
        Assert.Contains("TRUE", motor.Message, StringComparison.Ordinal);
        Assert.Contains("FALSE", motor.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_the_simulator_cannot_find_is_an_error_not_a_pass()
    {
        using var site = new TempSite().With("src/PRG_Conveyor.st", ConveyorSite.Program)
            .With("tests/conveyor.scenario.yaml", ConveyorSite.Scenario.Replace("program: PRG_Conveyor", "program: PRG_Packer", StringComparison.Ordinal));

        var result = await Run(site);

        Assert.Equal(VerificationOutcome.Failed, result.Outcome);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ScenarioVerifier.CouldNotSimulate, finding.RuleId);
        Assert.StartsWith("could not simulate", finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, finding.Line);
    }

    [Fact]
    public async Task Is_active_only_when_the_site_has_scenario_files()
    {
        using var site = new TempSite().With("src/PRG_Conveyor.st", ConveyorSite.Program);
        var verifier = new ScenarioVerifier();

        Assert.False(verifier.IsActive(new VerificationContext(site.Workspace)));
        site.Change("tests/conveyor.scenario.yaml", ConveyorSite.Scenario);
        Assert.True(verifier.IsActive(new VerificationContext(site.Workspace)));
        Assert.Equal(VerificationOutcome.Passed, (await Run(site)).Outcome);
    }

    [Fact]
    public async Task Code_that_does_not_compile_is_left_to_the_compile_verifier()
    {
        using var site = new TempSite().With("src/PRG_Conveyor.st", ConveyorSite.Program).With("tests/conveyor.scenario.yaml", ConveyorSite.Scenario);
        site.Change("src/PRG_Conveyor.st", ConveyorSite.Program.Replace("Lamp_Running := Motor_K1;", "Lamp_Running := Motor_K1", StringComparison.Ordinal));

        var report = await PlcFleet.Verification.SiteVerifiers.Runner().RunAsync(new VerificationContext(site.Workspace, site.Baseline));

        Assert.Equal(VerificationOutcome.Failed, report.Outcome);
        Assert.Equal(["compile"], report.NotPassed.Select(r => r.VerifierName));
        Assert.All(report.Results.Where(r => r.VerifierName is "simulation" or "equivalence"),
            r => Assert.All(r.Findings, f => Assert.Equal(FindingSeverity.Note, f.Severity)));
    }

    [Theory]
    [InlineData("tests/a.scenario.yaml:17:14", "tests/a.scenario.yaml", 17, 14)]
    [InlineData(@"C:\site\a.scenario.yaml:3:1", @"C:\site\a.scenario.yaml", 3, 1)]
    [InlineData("tests/a.scenario.yaml", "tests/a.scenario.yaml", 0, 0)]
    public void Scenario_locations_split_into_file_line_and_column(string location, string file, int line, int column) =>
        Assert.Equal((file, line, column), ScenarioLocation.Parse(location));
}
