namespace PlcFleet.StructuredText.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
