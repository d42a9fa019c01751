using System.Diagnostics;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety;

/// <summary>
/// The safety verifier: compares the workspace with its baseline. Violations fail the change, a comparison it
/// cannot decide escalates to the safety engineer. The migration's allowed output changes
/// reach the differential check through <see cref="ChangeScope.AllowedOutputChanges"/>. Inactive without a baseline (nothing to compare with).
/// </summary>
public sealed class SafetyVerifier(IReadOnlyList<CertifiedFile>? certifiedFiles = null, SafetyOptions? settings = null) : IVerifier
{
    private readonly SafetyOptions _options = (settings ?? SafetyOptions.Default) with { CertifiedFiles = certifiedFiles ?? settings?.CertifiedFiles ?? [] };

    public string Name => "safety";

    public int Order => VerifierOrder.Safety;

    public bool IsActive(VerificationContext context) => context.Baseline is not null;

    public Task<VerifierResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var report = SafetyAnalyzer.Compare(context.Baseline!.Safety, context.Workspace.Safety, _options with
        {
            AllowedOutputChanges = context.Scope?.AllowedOutputChanges ?? [],
        });
        var findings = report.Findings.Select(f => f.ToFinding()).ToList();
        var outcome = report.HasViolations ? VerificationOutcome.Failed
            : report.NeedsEscalation ? VerificationOutcome.Escalate
            : VerificationOutcome.Passed;
        return Task.FromResult(new VerifierResult(Name, outcome, findings, clock.Elapsed));
    }
}
