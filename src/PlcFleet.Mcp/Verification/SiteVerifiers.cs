using PlcFleet.Verification.Compile;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Mcp.Verification;

/// <summary>
/// The one place that lists the verifiers a site change must pass, shared by <c>plcfleet agent run</c>,
/// <c>plcfleet verify</c> and the MCP <c>verify</c> tool, so the agent inside and the harness outside judge alike.
/// Verifiers switch themselves on from the workspace; a new verifier is one line here.
/// </summary>
public static class SiteVerifiers
{
    public static IReadOnlyList<IVerifier> All() =>
    [
        new ScopeVerifier(),
        new CompileVerifier(),
    ];

    public static VerificationRunner Runner() => new(All());
}
