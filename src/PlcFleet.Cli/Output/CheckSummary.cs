using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Cli.Output;

/// <summary>What one <c>plcfleet check</c> run looked at and found.</summary>
public sealed record CheckSummary(int Files, int Lines, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    public int Infos => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);

    /// <summary>Diagnostics in the order a reader expects: by file, then position.</summary>
    public IEnumerable<Diagnostic> Ordered =>
        Diagnostics.OrderBy(d => d.FilePath, StringComparer.Ordinal).ThenBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal);
}
