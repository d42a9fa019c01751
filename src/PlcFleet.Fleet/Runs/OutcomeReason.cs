using PlcFleet.Agents.Sessions;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.Runs;

/// <summary>The one-line reason shown for a site after its session: which verifier stopped it and on what.</summary>
public static class OutcomeReason
{
    public static string Describe(SessionResult result) => result.Outcome switch
    {
        SessionOutcome.NoChangeNeeded => "no change needed" + Detail(result.Message),
        SessionOutcome.FailedVerification when result.EndReason == SessionEndReason.Escalated => "needs human review: " + FailedVerifiers(result),
        SessionOutcome.FailedVerification => "failed " + FailedVerifiers(result),
        SessionOutcome.VetoedByJudge => "vetoed by the judge: " + string.Join("; ", result.LastVerdict?.Reasons ?? [result.Message ?? "no reason given"]),
        SessionOutcome.Error => "agent error: " + (result.Message ?? result.EndReason.ToString()),
        _ => "changed and verified",
    };

    /// <summary>
    /// The first finding of every verifier that did not pass, e.g. <c>safety: SAF012 src/PRG_Main.st:41 ...</c>: its first
    /// error, else (an escalation carries warnings: what could not be proven) its first finding.
    /// </summary>
    public static IEnumerable<string> Findings(VerificationReport? report) =>
        report is null
            ? []
            : report.NotPassed.Select(r => (r, f: r.Findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error) ?? (r.Findings.Count > 0 ? r.Findings[0] : null)))
                .Select(x => x.f is null ? $"{x.r.VerifierName}: {x.r.Outcome}" : $"{x.r.VerifierName}: {x.f.RuleId} {Where(x.f)}{x.f.Message}");

    private static string FailedVerifiers(SessionResult result)
    {
        var findings = Findings(result.LastReport).ToList();
        if (findings.Count > 0)
        {
            return string.Join("; ", findings);
        }

        return result.FailedVerifiers.Count > 0 ? string.Join(", ", result.FailedVerifiers) : result.Message ?? "verification";
    }

    private static string Where(Finding finding) => finding.File.Length == 0 ? "" : $"{finding.Location}{(finding.Column > 0 ? ":" + finding.Column : "")}: ";

    private static string Detail(string? message) => string.IsNullOrWhiteSpace(message) ? "" : $" ({message})";
}
