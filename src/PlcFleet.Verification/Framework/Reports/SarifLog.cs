using System.Text.Json;

namespace PlcFleet.Verification.Framework.Reports;

/// <summary>One tool's results in a SARIF log (a verifier, or <c>plcfleet check</c>).</summary>
public sealed record SarifRun(string ToolName, string ToolVersion, IReadOnlyList<SarifResult> Results, string? Outcome = null);

/// <summary>One result: an empty <see cref="File"/> means a finding about the whole change (no location).</summary>
public sealed record SarifResult(string RuleId, string Level, string Message, string File, SarifRegion? Region);

/// <summary>Where in the file; the optional parts are written when known (the compiler knows spans, most rules a line).</summary>
public sealed record SarifRegion(int StartLine, int StartColumn, int? EndLine = null, int? EndColumn = null, int? CharOffset = null, int? CharLength = null);

/// <summary>
/// The one SARIF 2.1.0 writer, so code-scanning UIs (GitHub, Azure DevOps, VS Code) show PlcFleet's findings in place:
/// rules with their default level, artifacts, and results that point at both by index.
/// </summary>
public static class SarifLog
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-2.1.0.json";

    public static void Write(IReadOnlyList<SarifRun> runs, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        foreach (var run in runs)
        {
            WriteRun(json, run);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Write(IReadOnlyList<SarifRun> runs)
    {
        using var buffer = new MemoryStream();
        Write(runs, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A relative URI reference with forward slashes and escaped characters (spaces in site folder names are common).</summary>
    public static string ToUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static void WriteRun(Utf8JsonWriter json, SarifRun run)
    {
        var ruleIds = run.Results.Select(r => r.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var artifacts = run.Results.Where(r => r.File.Length > 0).Select(r => ToUri(r.File)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", run.ToolName);
        json.WriteString("semanticVersion", run.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var id in ruleIds)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", run.Results.First(r => r.RuleId == id).Level);
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
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var result in run.Results)
        {
            WriteResult(json, result, ruleIds.IndexOf(result.RuleId), result.File.Length > 0 ? artifacts.IndexOf(ToUri(result.File)) : -1);
        }

        json.WriteEndArray();
        if (run.Outcome is not null)
        {
            json.WriteStartObject("properties");
            json.WriteString("outcome", run.Outcome);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, SarifResult result, int ruleIndex, int artifactIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", result.Level);
        json.WriteStartObject("message");
        json.WriteString("text", result.Message);
        json.WriteEndObject();
        if (artifactIndex >= 0)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ToUri(result.File));
            json.WriteNumber("index", artifactIndex);
            json.WriteEndObject();
            if (result.Region is { } region)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", region.StartLine);
                json.WriteNumber("startColumn", region.StartColumn);
                WriteIfKnown(json, "endLine", region.EndLine);
                WriteIfKnown(json, "endColumn", region.EndColumn);
                WriteIfKnown(json, "charOffset", region.CharOffset);
                WriteIfKnown(json, "charLength", region.CharLength);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteIfKnown(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } known)
        {
            json.WriteNumber(name, known);
        }
    }
}
