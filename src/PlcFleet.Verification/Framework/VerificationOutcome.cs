namespace PlcFleet.Verification.Framework;

/// <summary>Unknown is not safe: a verifier that cannot decide escalates to a human.</summary>
public enum VerificationOutcome
{
    Passed,
    Failed,
    Escalate,
}
