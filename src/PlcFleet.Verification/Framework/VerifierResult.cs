namespace PlcFleet.Verification.Framework;

public sealed record VerifierResult(
    string VerifierName,
    VerificationOutcome Outcome,
    IReadOnlyList<Finding> Findings,
    TimeSpan Duration = default)
{
    /// <summary>Scan-by-scan evidence for the reviewer (the equivalence verifier's before/after trace), or null.</summary>
    public WaveformEvidence? Waveform { get; init; }

    public static VerifierResult Passed(string verifierName, IReadOnlyList<Finding>? notes = null) =>
        new(verifierName, VerificationOutcome.Passed, notes ?? []);

    public static VerifierResult Failed(string verifierName, IReadOnlyList<Finding> findings) =>
        new(verifierName, VerificationOutcome.Failed, findings);

    public static VerifierResult Escalate(string verifierName, IReadOnlyList<Finding> findings) =>
        new(verifierName, VerificationOutcome.Escalate, findings);

    /// <summary>Failed if any error was found, otherwise passed (warnings and notes do not fail a change).</summary>
    public static VerifierResult FromFindings(string verifierName, IReadOnlyList<Finding> findings) =>
        findings.Any(f => f.Severity == FindingSeverity.Error)
            ? Failed(verifierName, findings)
            : Passed(verifierName, findings);
}
