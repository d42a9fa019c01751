using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety;

/// <summary>The findings of one comparison. Violations fail the change; escalations go to a human.</summary>
public sealed record SafetyReport(IReadOnlyList<SafetyFinding> Findings)
{
    public bool HasViolations => Findings.Any(f => f.Severity == FindingSeverity.Error && !f.Escalate);

    public bool NeedsEscalation => Findings.Any(f => f.Escalate);

    public IEnumerable<string> RuleIds => Findings.Where(f => f.Severity == FindingSeverity.Error || f.Escalate).Select(f => f.RuleId).Distinct();
}
