using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Diagnostics;

/// <summary>
/// A finding about user code. Diagnostics are data, never exceptions: the parser and binder always finish
/// and report every problem they saw.
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceText Source, TextSpan Span, string Message)
{
    public string FilePath => Source.Path;

    public LinePosition Start => Source.GetLinePosition(Span.Start);

    public LinePosition End => Source.GetLinePosition(Span.End);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The compiler-style one-liner: <c>file:line:col: error ST1001: message</c>.</summary>
    public override string ToString() =>
        $"{FilePath}:{Start.Line}:{Start.Column}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
