namespace PlcFleet.Verification.Framework.Reports;

/// <summary>A verification report as SARIF: one run per verifier (the verifier is the tool), written by <see cref="SarifLog"/>.</summary>
public static class SarifReportRenderer
{
    public static string Render(VerificationReport report, string toolVersion = "0.1.0") =>
        SarifLog.Write(report.Results.Select(result => new SarifRun(
            $"plcfleet-{result.VerifierName}",
            toolVersion,
            result.Findings.Select(ToResult).ToList(),
            result.Outcome.ToString())).ToList());

    private static SarifResult ToResult(Finding finding) => new(
        finding.RuleId,
        Level(finding.Severity),
        finding.Explanation is null ? finding.Message : $"{finding.Message} {finding.Explanation}",
        finding.File,
        finding.Line > 0 ? new SarifRegion(finding.Line, Math.Max(1, finding.Column)) : null);

    private static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };
}
