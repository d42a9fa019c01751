using System.Text.Json;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Framework.Reports;

namespace PlcFleet.Verification.Tests.Framework;

public sealed class SarifReportRendererTests
{
    [Fact]
    public void Has_the_required_sarif_2_1_0_properties()
    {
        using var doc = JsonDocument.Parse(SarifReportRenderer.Render(ReportFixtures.Failing(2)));
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);

        var runs = root.GetProperty("runs");
        Assert.Equal(2, runs.GetArrayLength());
        foreach (var run in runs.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString()));
            Assert.Equal(JsonValueKind.Array, run.GetProperty("results").ValueKind);
        }

        var safety = runs[1];
        Assert.Equal("plcfleet-safety", safety.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var result = safety.GetProperty("results")[0];
        Assert.Equal("SAFE010", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/Safety/FB_Guard.st", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(5, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("SAFE010", safety.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Whole_file_findings_have_no_region_and_global_findings_no_location()
    {
        var report = new VerificationReport([VerifierResult.Failed("scope",
        [
            new Finding("SCOPE003", FindingSeverity.Error, "tests/estop.scenario.yaml", 0, 0, "read-only"),
            new Finding("SCOPE007", FindingSeverity.Error, "", 0, 0, "too many lines"),
        ])]);
        using var doc = JsonDocument.Parse(SarifReportRenderer.Render(report));
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results");
        var physical = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.False(physical.TryGetProperty("region", out _));
        Assert.False(results[1].TryGetProperty("locations", out _));
    }

    [Theory]
    [InlineData(FindingSeverity.Error, "error")]
    [InlineData(FindingSeverity.Warning, "warning")]
    [InlineData(FindingSeverity.Note, "note")]
    public void Maps_severity_to_sarif_level(FindingSeverity severity, string level)
    {
        var report = new VerificationReport([VerifierResult.Passed("compile",
            [new Finding("ST1", severity, "src/a.st", 1, 1, "m")])]);
        using var doc = JsonDocument.Parse(SarifReportRenderer.Render(report));
        Assert.Equal(level, doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("level").GetString());
    }

    [Fact]
    public void Uri_escapes_spaces_but_keeps_folders()
    {
        var report = new VerificationReport([VerifierResult.Failed("compile",
            [new Finding("ST1", FindingSeverity.Error, "src/Line 2/FB Press.st", 4, 0, "m")])]);
        using var doc = JsonDocument.Parse(SarifReportRenderer.Render(report));
        var physical = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/Line%202/FB%20Press.st", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(1, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Verifier_runs_point_at_their_rules_and_artifacts_by_index_as_check_does()
    {
        var report = new VerificationReport([VerifierResult.Failed("safety",
        [
            new Finding("SAFE010", FindingSeverity.Error, "src/Safety/FB_Guard.st", 3, 5, "guard bypassed"),
            new Finding("SAFE002", FindingSeverity.Warning, "src/PRG_Main.st", 7, 1, "timer shortened"),
        ])]);

        using var doc = JsonDocument.Parse(SarifReportRenderer.Render(report));

        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var artifacts = run.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location").GetProperty("uri").GetString()).ToList();
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            Assert.Equal(rules.IndexOf(result.GetProperty("ruleId").GetString()), result.GetProperty("ruleIndex").GetInt32());
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.Equal(artifacts.IndexOf(location.GetProperty("uri").GetString()), location.GetProperty("index").GetInt32());
        }

        Assert.Equal("Failed", run.GetProperty("properties").GetProperty("outcome").GetString());
    }
}
