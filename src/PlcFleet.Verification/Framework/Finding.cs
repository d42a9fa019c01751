using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Verification.Framework;

/// <summary>
/// One thing a verifier found. <see cref="File"/> is workspace-relative with forward slashes;
/// line and column are 1-based, 0 when the finding is about a whole file.
/// <see cref="Explanation"/> is for the human report only and never goes to the agent.
/// </summary>
public sealed record Finding(
    string RuleId,
    FindingSeverity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Explanation = null)
{
    public static Finding FromDiagnostic(Diagnostic diagnostic, string workspaceRelativePath)
    {
        var start = diagnostic.Start;
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => FindingSeverity.Error,
            DiagnosticSeverity.Warning => FindingSeverity.Warning,
            _ => FindingSeverity.Note,
        };
        return new Finding(diagnostic.Code, severity, workspaceRelativePath, start.Line, start.Column, diagnostic.Message);
    }

    /// <summary><c>file:line</c>, or just the file for whole-file findings.</summary>
    public string Location => Line > 0 ? $"{File}:{Line}" : File;
}
