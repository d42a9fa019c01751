using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Compile;

/// <summary>
/// Loads the workspace as one PLC project, the way <c>plcfleet check</c> does, and reports every diagnostic as a
/// finding. Errors fail the change; warnings are shown but do not, because lenient dialects downgrade
/// strict-IEC complaints to warnings on purpose.
/// </summary>
public sealed class CompileVerifier : IVerifier
{
    private static readonly string[] PlcExtensions = [".st", ".scl"];

    public string Name => "compile";

    public int Order => VerifierOrder.Compile;

    public bool IsActive(VerificationContext context) => context.HasFileEndingWith(PlcExtensions);

    public Task<VerifierResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        // The loaded site names files relative to the workspace, so findings name files the agent can open.
        var findings = context.Workspace.Project.GetDiagnostics()
            .Select(d => Finding.FromDiagnostic(d, d.FilePath.Replace('\\', '/')))
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ToList();
        return Task.FromResult(VerifierResult.FromFindings(Name, findings));
    }
}
