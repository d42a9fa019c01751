using System.Text.Json;
using System.Text.Json.Serialization;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.ChangeRequests;

/// <summary>
/// Everything a safety engineer needs besides the diff, stored as the change request's evidence JSON: which
/// prompt version produced it, the verification report, the judge's verdict, the transcript, and the cost.
/// </summary>
public sealed record ChangeRequestEvidence
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required int MigrationVersion { get; init; }

    public required string ContentHash { get; init; }

    public required string MigrationTitle { get; init; }

    public required bool SafetyRelated { get; init; }

    public required string BaseCommit { get; init; }

    public required string Agent { get; init; }

    /// <summary>The verification report as JSON (JsonReportRenderer), kept verbatim.</summary>
    public JsonElement? Verification { get; init; }

    public string VerificationMarkdown { get; init; } = "";

    public string VerificationOutcome { get; init; } = "";

    public IReadOnlyList<string> SafetyFindings { get; init; } = [];

    /// <summary>
    /// The equivalence verifier's before/after waveform (<c>equivalence.trace</c>: signals and per-scan rows), which the
    /// review dashboard draws; null when the site had no version before the change or no program to compare.
    /// </summary>
    public WaveformEvidence? Equivalence { get; init; }

    /// <summary>"approve", "reject", or null when no judge ran (no LLM configured).</summary>
    public string? JudgeDecision { get; init; }

    public IReadOnlyList<string> JudgeReasons { get; init; } = [];

    public string? TranscriptPath { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public decimal EstimatedCost { get; init; }

    public int Attempts { get; init; }

    public double AgentMs { get; init; }

    public double VerificationMs { get; init; }

    public double TotalMs { get; init; }

    public string? Debrief { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>Reads evidence written by <see cref="ToJson"/>; null for evidence in another shape (e.g. written by hand).</summary>
    public static ChangeRequestEvidence? TryParse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ChangeRequestEvidence>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
