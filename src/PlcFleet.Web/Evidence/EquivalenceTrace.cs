using System.Globalization;
using System.Text.Json;

namespace PlcFleet.Web.Evidence;

/// <summary>
/// The scan-by-scan signal values of a change request's equivalence evidence, read from the evidence JSON key
/// <c>equivalence</c>: <c>{ "summary": "...", "divergence_cycle": 12, "trace": { "signals": [...], "rows": [ { "cycle": 0,
/// "time_ms": 0, "values": ["TRUE", ...] } ] } }</c> (camelCase keys are read too). Null when the evidence holds no trace.
/// </summary>
public sealed record EquivalenceTrace(string Summary, long? DivergenceCycle, IReadOnlyList<string> Signals, IReadOnlyList<TraceRow> Rows)
{
    public static EquivalenceTrace? TryRead(string evidenceJson)
    {
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(evidenceJson) ? "{}" : evidenceJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || Find(document.RootElement, "equivalence") is not { ValueKind: JsonValueKind.Object } equivalence
                || Find(equivalence, "trace") is not { ValueKind: JsonValueKind.Object } trace
                || Find(trace, "signals") is not { ValueKind: JsonValueKind.Array } signals
                || Find(trace, "rows") is not { ValueKind: JsonValueKind.Array } rows)
            {
                return null;
            }

            var names = signals.EnumerateArray().Select(s => s.ToString()).ToList();
            var parsed = rows.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).Select((row, index) => new TraceRow(
                Find(row, "cycle") is { ValueKind: JsonValueKind.Number } cycle ? cycle.GetInt64() : index,
                Find(row, "time_ms", "timeMs") is { ValueKind: JsonValueKind.Number } time ? time.GetDouble() : 0,
                Find(row, "values") is { ValueKind: JsonValueKind.Array } values ? values.EnumerateArray().Select(Text).ToList() : [])).ToList();
            if (names.Count == 0 || parsed.Count == 0)
            {
                return null;
            }

            var summary = Find(equivalence, "summary", "verdict") is { ValueKind: JsonValueKind.String } s ? s.GetString()! : "";
            long? divergence = Find(equivalence, "divergence_cycle", "divergenceCycle") is { ValueKind: JsonValueKind.Number } d ? d.GetInt64() : null;
            return new EquivalenceTrace(summary, divergence, names, parsed);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "TRUE",
        JsonValueKind.False => "FALSE",
        JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static JsonElement? Find(JsonElement element, params string[] names)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (names.Any(n => string.Equals(n, property.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return property.Value;
            }
        }

        return null;
    }
}
