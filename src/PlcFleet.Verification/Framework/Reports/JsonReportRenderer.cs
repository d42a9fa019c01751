using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlcFleet.Verification.Framework.Reports;

/// <summary>The machine-readable report: the report record as camel-case JSON with enum names as strings.</summary>
public static class JsonReportRenderer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Render(VerificationReport report)
    {
        var dto = new
        {
            outcome = report.Outcome,
            durationMs = Math.Round(report.Duration.TotalMilliseconds, 1),
            verifiers = report.Results.Select(r => new
            {
                name = r.VerifierName,
                outcome = r.Outcome,
                durationMs = Math.Round(r.Duration.TotalMilliseconds, 1),
                findings = r.Findings,
            }),
        };
        return JsonSerializer.Serialize(dto, Options);
    }
}
