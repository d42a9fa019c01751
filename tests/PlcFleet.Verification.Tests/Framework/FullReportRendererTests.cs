using System.Text.Json;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Framework.Reports;

namespace PlcFleet.Verification.Tests.Framework;

public sealed class FullReportRendererTests
{
    [Fact]
    public void Markdown_lists_every_verifier_and_explains_findings()
    {
        var md = MarkdownReportRenderer.Render(ReportFixtures.Failing(2), "Site Hamburg-Press-3");
        Assert.StartsWith("# Site Hamburg-Press-3", md, StringComparison.Ordinal);
        Assert.Contains("**Outcome:** Failed", md, StringComparison.Ordinal);
        Assert.Contains("| scope | Passed | 0 |", md, StringComparison.Ordinal);
        Assert.Contains("| safety | Failed | 2 |", md, StringComparison.Ordinal);
        Assert.Contains("**error SAFE010** `src/Safety/FB_Guard.st:6:5`", md, StringComparison.Ordinal);
        Assert.Contains("the safety signature lost an AND term", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_outcomes_as_names_and_all_findings()
    {
        using var doc = JsonDocument.Parse(JsonReportRenderer.Render(ReportFixtures.Failing(3)));
        Assert.Equal("failed", doc.RootElement.GetProperty("outcome").GetString());
        var safety = doc.RootElement.GetProperty("verifiers")[1];
        Assert.Equal("safety", safety.GetProperty("name").GetString());
        Assert.Equal(3, safety.GetProperty("findings").GetArrayLength());
        var finding = safety.GetProperty("findings")[0];
        Assert.Equal("SAFE010", finding.GetProperty("ruleId").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
    }
}
