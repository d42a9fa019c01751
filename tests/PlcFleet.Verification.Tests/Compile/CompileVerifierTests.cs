using PlcFleet.Verification.Compile;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Tests.Compile;

public sealed class CompileVerifierTests
{
    private readonly CompileVerifier verifier = new();

    [Theory]
    [InlineData("lyon-l1")]
    [InlineData("porto-l1")]
    [InlineData("gdansk-l2")]
    [InlineData("sevilla-l3")]
    public async Task Clean_example_site_passes(string siteId)
    {
        using var site = ExampleSite.Copy(siteId);

        var result = await RunAsync(site);

        Assert.Equal(VerificationOutcome.Passed, result.Outcome);
        Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public async Task Missing_semicolon_in_guard_logic_fails_at_the_exact_position()
    {
        using var site = ExampleSite.Copy("lyon-l1");
        var main = site.Read("src/PRG_Main.st");
        site.Write("src/PRG_Main.st", main.Replace("    Guard_OK := TRUE;\n", "    Guard_OK := TRUE\n", StringComparison.Ordinal));

        var result = await RunAsync(site);

        Assert.Equal(VerificationOutcome.Failed, result.Outcome);
        var finding = Assert.Single(result.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal("src/PRG_Main.st", finding.File);
        Assert.StartsWith("ST", finding.RuleId, StringComparison.Ordinal);
        // The semicolon is missing right after TRUE on line 20 ("    Guard_OK := TRUE" is 20 characters).
        Assert.Equal((20, 21), (finding.Line, finding.Column));
        Assert.Contains("';'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_used_as_statement_is_a_warning_that_does_not_fail()
    {
        using var site = ExampleSite.Copy("lyon-l1");
        var conveyor = site.Read("src/PRG_Conveyor.st");
        site.Write("src/PRG_Conveyor.st", conveyor.Replace("END_PROGRAM", "Speed_Setpoint = 0.0;\nEND_PROGRAM", StringComparison.Ordinal));

        var result = await RunAsync(site);

        Assert.Equal(VerificationOutcome.Passed, result.Outcome);
        var warning = Assert.Single(result.Findings, f => f.Severity == FindingSeverity.Warning && f.File == "src/PRG_Conveyor.st");
        Assert.Contains("compares", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_active_only_when_the_workspace_holds_plc_code()
    {
        using var site = ExampleSite.Copy("lyon-l1");
        var empty = Path.Combine(site.Root, "tests");

        Assert.True(verifier.IsActive(new VerificationContext(site.Root)));
        Assert.False(verifier.IsActive(new VerificationContext(empty)));
        Assert.Equal(VerifierOrder.Compile, verifier.Order);
    }

    private Task<VerifierResult> RunAsync(ExampleSite site) =>
        verifier.RunAsync(new VerificationContext(site.Root), CancellationToken.None);
}
