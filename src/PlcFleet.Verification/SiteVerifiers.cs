using PlcFleet.Verification.Compile;
using PlcFleet.Verification.Equivalence;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety;
using PlcFleet.Verification.Scope;
using PlcFleet.Verification.Simulation;

namespace PlcFleet.Verification;

/// <summary>
/// The one list of verifiers a site change must pass, shared by fleet runs, <c>plcfleet agent run</c>,
/// <c>plcfleet verify</c> and the MCP <c>verify</c> tool, so the agent inside and the harness outside judge alike.
/// Verifiers switch themselves on from the workspace; a new verifier is one line here.
/// </summary>
public static class SiteVerifiers
{
    public static IReadOnlyList<IVerifier> All(IReadOnlyList<CertifiedFile>? certifiedFiles = null, EquivalenceBudget? equivalence = null) =>
    [
        new ScopeVerifier(),
        new CompileVerifier(),
        new SafetyVerifier(certifiedFiles ?? []),
        new ScenarioVerifier(),
        new EquivalenceVerifier(equivalence),
    ];

    public static VerificationRunner Runner(IReadOnlyList<CertifiedFile>? certifiedFiles = null, EquivalenceBudget? equivalence = null) =>
        new(All(certifiedFiles, equivalence));
}
