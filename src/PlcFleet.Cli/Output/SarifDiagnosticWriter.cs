using System.Reflection;
using System.Text.Json;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Cli.Output;

/// <summary>SARIF 2.1.0, so code-scanning UIs (GitHub, Azure DevOps, VS Code) show the findings in place.</summary>
public static class SarifDiagnosticWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public static void Write(CheckSummary summary, Stream output)
    {
        var ordered = summary.Ordered.ToList();
        var ruleIds = ordered.Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var artifacts = ordered.Select(d => ToUri(d.FilePath)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "plcfleet");
        json.WriteString("semanticVersion", ToolVersion());
        json.WriteStartArray("rules");
        foreach (var id in ruleIds)
        {
            var first = ordered.First(d => d.Code == id);
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(first.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("artifacts");
        foreach (var uri in artifacts)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", uri);
            json.WriteEndObject();
            json.WriteString("sourceLanguage", "structured-text");
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("results");
        foreach (var diagnostic in ordered)
        {
            WriteResult(json, diagnostic, ruleIds.IndexOf(diagnostic.Code), artifacts.IndexOf(ToUri(diagnostic.FilePath)));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex, int artifactIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(diagnostic.FilePath));
        json.WriteNumber("index", artifactIndex);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", diagnostic.Start.Line);
        json.WriteNumber("startColumn", diagnostic.Start.Column);
        json.WriteNumber("endLine", diagnostic.End.Line);
        json.WriteNumber("endColumn", diagnostic.End.Column);
        json.WriteNumber("charOffset", diagnostic.Span.Start);
        json.WriteNumber("charLength", diagnostic.Span.Length);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>SARIF levels: error, warning, note.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative URI reference with forward slashes and escaped characters (spaces in site folder names are common).</summary>
    private static string ToUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string ToolVersion() =>
        typeof(SarifDiagnosticWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
