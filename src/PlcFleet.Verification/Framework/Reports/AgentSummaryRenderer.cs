using System.Text;

namespace PlcFleet.Verification.Framework.Reports;

/// <summary>
/// What the agent sees after <c>verify</c>: one line on success; on failure the verifier, rule, file:line and
/// message, capped so a broken workspace cannot flood the context. Never how a verifier works.
/// </summary>
public static class AgentSummaryRenderer
{
    public const int MaxLines = 30;

    public static string Render(VerificationReport report)
    {
        if (report.Results.Count == 0)
        {
            return "verify: NOT CHECKED (no verifier applies to this workspace)";
        }

        var names = string.Join(", ", report.Results.Select(r => r.VerifierName));
        if (report.Passed)
        {
            return $"verify: OK ({names})";
        }

        var failing = report.NotPassed.ToList();
        var header = report.Outcome == VerificationOutcome.Failed
            ? $"verify: FAILED ({string.Join(", ", failing.Select(r => r.VerifierName))})"
            : $"verify: NEEDS HUMAN REVIEW ({string.Join(", ", failing.Select(r => r.VerifierName))})";

        var lines = failing
            .SelectMany(r => r.Findings
                .Where(f => f.Severity != FindingSeverity.Note)
                .OrderByDescending(f => f.Severity)
                .Select(f => FormatFinding(r.VerifierName, f)))
            .ToList();

        var text = new StringBuilder(header);
        var room = MaxLines - 1;
        var shown = lines.Count <= room ? lines.Count : room - 1;
        foreach (var line in lines.Take(shown))
        {
            text.Append('\n').Append(line);
        }

        if (shown < lines.Count)
        {
            text.Append('\n').Append($"... and {lines.Count - shown} more findings");
        }

        return text.ToString();
    }

    private static string FormatFinding(string verifier, Finding finding)
    {
        var location = finding.File.Length == 0 ? "" : $" {finding.Location}:";
        return $"{verifier} {finding.RuleId}{location} {OneLine(finding.Message)}";
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
