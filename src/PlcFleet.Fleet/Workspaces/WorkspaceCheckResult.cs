using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.Workspaces;

/// <summary>A verification report, or why verification could not start (a user error, never an exception).</summary>
public sealed record WorkspaceCheckResult(VerificationReport? Report, string? Error, string? BaselineDescription)
{
    public static WorkspaceCheckResult Failed(string error) => new(null, error, null);
}
