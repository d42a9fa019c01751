using System.Text.Json;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Cli.Output;

/// <summary>
/// Machine-readable output: <c>{ "diagnostics": [ {code, severity, file, line, column, endLine, endColumn, message} ], "summary": {...} }</c>.
/// </summary>
public static class JsonDiagnosticWriter
{
    public static void Write(CheckSummary summary, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in summary.Ordered)
        {
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("severity", SeverityName(diagnostic.Severity));
            json.WriteString("file", diagnostic.FilePath);
            json.WriteNumber("line", diagnostic.Start.Line);
            json.WriteNumber("column", diagnostic.Start.Column);
            json.WriteNumber("endLine", diagnostic.End.Line);
            json.WriteNumber("endColumn", diagnostic.End.Column);
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("lines", summary.Lines);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("infos", summary.Infos);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
