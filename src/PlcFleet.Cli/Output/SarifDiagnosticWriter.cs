using System.Reflection;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.Verification.Framework.Reports;

namespace PlcFleet.Cli.Output;

/// <summary><c>plcfleet check --format sarif</c>: the compiler's diagnostics as one SARIF run, written by <see cref="SarifLog"/>.</summary>
public static class SarifDiagnosticWriter
{
    public static void Write(CheckSummary summary, Stream output) =>
        SarifLog.Write([new SarifRun("plcfleet", ToolVersion(), summary.Ordered.Select(ToResult).ToList())], output);

    /// <summary>SARIF levels: error, warning, note.</summary>
    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static SarifResult ToResult(Diagnostic diagnostic) => new(
        diagnostic.Code,
        Level(diagnostic.Severity),
        diagnostic.Message,
        diagnostic.FilePath,
        new SarifRegion(diagnostic.Start.Line, diagnostic.Start.Column, diagnostic.End.Line, diagnostic.End.Column, diagnostic.Span.Start, diagnostic.Span.Length));

    private static string ToolVersion() =>
        typeof(SarifDiagnosticWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
