namespace PlcFleet.Verification.Framework;

/// <summary>
/// One check a change must pass. Verifiers switch themselves on from what the workspace holds,
/// and a verifier that cannot decide must answer <see cref="VerificationOutcome.Escalate"/>, never pass.
/// </summary>
public interface IVerifier
{
    /// <summary>Short lower-case name shown to the agent, e.g. <c>compile</c>, <c>scope</c>.</summary>
    string Name { get; }

    /// <summary>Position in the run; see <see cref="VerifierOrder"/>. Cheap, decisive checks first.</summary>
    int Order { get; }

    bool IsActive(VerificationContext context);

    Task<VerifierResult> RunAsync(VerificationContext context, CancellationToken cancellationToken);
}
