using System.Text;

namespace PlcFleet.Verification.Framework.Reports;

/// <summary>The full human report (change-request evidence): every verifier, every finding, with explanations.</summary>
public static class MarkdownReportRenderer
{
    public static string Render(VerificationReport report, string title = "Verification report")
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(title).AppendLine();
        md.Append("**Outcome:** ").AppendLine(report.Outcome.ToString()).AppendLine();
        md.AppendLine("| verifier | outcome | findings | time |");
        md.AppendLine("| --- | --- | ---: | ---: |");
        foreach (var r in report.Results)
        {
            md.AppendLine($"| {r.VerifierName} | {r.Outcome} | {r.Findings.Count} | {r.Duration.TotalMilliseconds:0} ms |");
        }

        foreach (var r in report.Results.Where(r => r.Findings.Count > 0))
        {
            md.AppendLine().Append("## ").AppendLine(r.VerifierName).AppendLine();
            foreach (var f in r.Findings)
            {
                var where = f.File.Length == 0 ? "" : $" `{f.Location}{(f.Column > 0 ? ":" + f.Column : "")}`";
                md.AppendLine($"- **{f.Severity.ToString().ToLowerInvariant()} {f.RuleId}**{where}: {Escape(f.Message)}");
                if (!string.IsNullOrWhiteSpace(f.Explanation))
                {
                    md.AppendLine($"  {Escape(f.Explanation)}");
                }
            }
        }

        return md.ToString();
    }

    private static string Escape(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
