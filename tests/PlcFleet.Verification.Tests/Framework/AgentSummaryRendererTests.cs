using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Framework.Reports;

namespace PlcFleet.Verification.Tests.Framework;

public sealed class AgentSummaryRendererTests
{
    [Fact]
    public void Success_is_one_short_line_naming_the_verifiers()
    {
        Assert.Equal("verify: OK (scope, compile)", AgentSummaryRenderer.Render(ReportFixtures.Passing()));
    }

    [Fact]
    public void Failure_names_verifier_rule_location_and_message()
    {
        var text = AgentSummaryRenderer.Render(ReportFixtures.Failing(2));
        var lines = text.Split('\n');
        Assert.Equal("verify: FAILED (safety)", lines[0]);
        Assert.Equal("safety SAFE010 src/Safety/FB_Guard.st:3: xGuardClosed no longer gates xMotorRun (rung 1)", lines[1]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Never_reveals_how_a_verifier_works()
    {
        var text = AgentSummaryRenderer.Render(ReportFixtures.Failing(3));
        Assert.DoesNotContain("safety signature", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 2, false)]
    [InlineData(29, 30, false)]
    [InlineData(30, 30, true)]
    [InlineData(42, 30, true)]
    [InlineData(500, 30, true)]
    public void Caps_output_at_thirty_lines_and_counts_the_rest(int findings, int expectedLines, bool truncated)
    {
        var text = AgentSummaryRenderer.Render(ReportFixtures.Failing(findings));
        var lines = text.Split('\n');
        Assert.Equal(expectedLines, lines.Length);
        Assert.True(lines.Length <= AgentSummaryRenderer.MaxLines);
        if (truncated)
        {
            var shown = lines.Length - 2;
            Assert.Equal($"... and {findings - shown} more findings", lines[^1]);
        }
        else
        {
            Assert.DoesNotContain("more findings", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Escalation_asks_for_a_human()
    {
        var report = new VerificationReport([VerifierResult.Escalate("simulation",
            [new Finding("SIM900", FindingSeverity.Error, "tests/estop.scenario.yaml", 0, 0, "scenario could not be run")])]);
        var text = AgentSummaryRenderer.Render(report);
        Assert.StartsWith("verify: NEEDS HUMAN REVIEW (simulation)", text, StringComparison.Ordinal);
        Assert.Contains("simulation SIM900 tests/estop.scenario.yaml: scenario could not be run", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_checked_is_said_plainly()
    {
        Assert.Contains("NOT CHECKED", AgentSummaryRenderer.Render(new VerificationReport([])), StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_are_left_out_and_multiline_messages_flattened()
    {
        var report = new VerificationReport([VerifierResult.Failed("compile",
        [
            new Finding("ST9000", FindingSeverity.Note, "src/a.st", 1, 1, "style note"),
            new Finding("ST1002", FindingSeverity.Error, "src/a.st", 7, 1, "expected ';'\nafter END_IF"),
        ])]);
        var text = AgentSummaryRenderer.Render(report);
        Assert.DoesNotContain("style note", text, StringComparison.Ordinal);
        Assert.Contains("compile ST1002 src/a.st:7: expected ';' after END_IF", text, StringComparison.Ordinal);
    }
}
