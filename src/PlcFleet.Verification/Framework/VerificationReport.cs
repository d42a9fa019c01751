namespace PlcFleet.Verification.Framework;

/// <summary>The results of every active verifier, in the order they ran.</summary>
public sealed record VerificationReport(IReadOnlyList<VerifierResult> Results, TimeSpan Duration = default)
{
    /// <summary>Failed beats Escalate beats Passed. No active verifier at all is not a pass: nothing was checked.</summary>
    public VerificationOutcome Outcome =>
        Results.Count == 0 ? VerificationOutcome.Escalate
        : Results.Any(r => r.Outcome == VerificationOutcome.Failed) ? VerificationOutcome.Failed
        : Results.Any(r => r.Outcome == VerificationOutcome.Escalate) ? VerificationOutcome.Escalate
        : VerificationOutcome.Passed;

    public bool Passed => Outcome == VerificationOutcome.Passed;

    public IEnumerable<VerifierResult> NotPassed => Results.Where(r => r.Outcome != VerificationOutcome.Passed);

    public int FindingCount => Results.Sum(r => r.Findings.Count);
}
