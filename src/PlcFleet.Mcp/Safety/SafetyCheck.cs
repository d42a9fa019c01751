using PlcFleet.Mcp.Answers;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety;

namespace PlcFleet.Mcp.Safety;

/// <summary>
/// The safety comparison of a change in the agent's shape: one line when nothing got less safe, else one line per
/// finding (rule, file:line, message) followed by why it matters; the fix is to put the old safety logic back.
/// </summary>
public static class SafetyCheck
{
    public static ToolAnswer Run(string beforeRoot, string afterRoot, string beforeDescription)
    {
        var report = SafetyAnalyzer.Compare(beforeRoot, afterRoot);
        var relevant = report.Findings.Where(f => f.Severity == FindingSeverity.Error || f.Escalate).ToList();
        if (relevant.Count == 0)
        {
            return ToolAnswer.Passed($"safety_check: OK (no safety finding against {beforeDescription})");
        }

        var violations = relevant.Count(f => !f.Escalate);
        var escalations = relevant.Count - violations;
        var header = violations > 0
            ? $"safety_check: FAILED ({violations} violation(s){(escalations > 0 ? $", {escalations} for a safety engineer" : "")} against {beforeDescription})"
            : $"safety_check: NEEDS SAFETY ENGINEER ({escalations} finding(s) against {beforeDescription})";
        var details = new List<string>();
        foreach (var finding in relevant)
        {
            details.Add($"{finding.RuleId} {finding.Location.File}:{finding.Location.Line}: {OneLine(finding.Message)}");
            details.Add($"  why: {FirstSentence(finding.Explanation)}");
        }

        details.Add($"Restore the safety logic as it is in {beforeDescription} at these places; do not work around the rule.");
        return ToolAnswer.Failure(AgentAnswer.Compose(header, details));
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string FirstSentence(string text)
    {
        var line = OneLine(text);
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? line : line[..(end + 1)];
    }
}
