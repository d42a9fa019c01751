using System.Text.Json;
using System.Text.Json.Serialization;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.ChangeRequests;

/// <summary>
/// Everything a safety engineer needs besides the diff, stored as the change request's evidence JSON: which
/// prompt version produced it, the verification report, the judge's verdict, the transcript, and the cost.
/// The one model of evidence: the run writes it with <see cref="ToJson"/>, and review, rollout, the compliance
/// report, the CLI and the dashboard read it with <see cref="Read"/>. Evidence in an older or hand-written shape
/// goes through <see cref="ChangeRequestEvidenceUpgrade"/> on the way in.
/// </summary>
public sealed record ChangeRequestEvidence
{
    /// <summary>The shape <see cref="ToJson"/> writes; evidence without this number is upgraded when read.</summary>
    public const int CurrentVersion = 2;

    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public int EvidenceVersion { get; init; } = CurrentVersion;

    /// <summary>0 when the evidence does not say (hand-written evidence).</summary>
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
    /// For vendor files (TcPOU, L5X, PLCopen XML, .EXP): the ST the change touches, per object and in the file's own line
    /// numbers (a unified diff, <c>VendorStDiff</c>); empty when no vendor file's ST changed. The git diff stays the record.
    /// </summary>
    public string StDiff { get; init; } = "";

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

    /// <summary>Who wrote the change when it was not the run's agent (a hand edit); a reviewer may not approve their own change.</summary>
    public string? Author { get; init; }

    /// <summary>A safety engineer must approve: the migration is safety-related or a safety finding was raised.</summary>
    [JsonIgnore]
    public bool NeedsSafetyEngineer => SafetyRelated || SafetyFindings.Count > 0;

    /// <summary>One line for a report: the outcome and each verifier's outcome, e.g. "Passed: compile passed, safety passed (1 finding)".</summary>
    [JsonIgnore]
    public string VerificationSummary
    {
        get
        {
            if (Verification is not { ValueKind: JsonValueKind.Object } report
                || !report.TryGetProperty("verifiers", out var verifiers) || verifiers.ValueKind != JsonValueKind.Array)
            {
                return VerificationOutcome;
            }

            var parts = verifiers.EnumerateArray().Select(v =>
            {
                var findings = v.TryGetProperty("findings", out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;
                return $"{Text(v, "name")} {Text(v, "outcome")}{(findings == 0 ? "" : $" ({findings} finding{(findings == 1 ? "" : "s")})")}";
            });
            return $"{(VerificationOutcome.Length > 0 ? VerificationOutcome : Text(report, "outcome"))}: {string.Join(", ", parts)}";
        }
    }

    /// <summary>The judge's decision and reasons in one line ("approve: only the guard evaluation was replaced"); empty when no judge ran.</summary>
    [JsonIgnore]
    public string JudgeVerdict => JudgeDecision is null ? "" : JudgeReasons.Count == 0 ? JudgeDecision : $"{JudgeDecision}: {string.Join("; ", JudgeReasons)}";

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>
    /// Reads stored evidence of any version. Never fails: unreadable evidence comes back safety-related with a finding
    /// that says so, because missing evidence must never lower the bar for review.
    /// </summary>
    public static ChangeRequestEvidence Read(string json)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return ChangeRequestEvidenceUpgrade.Unreadable("evidence is not valid JSON");
        }

        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("evidence_version", out var version) && version.ValueKind == JsonValueKind.Number && version.GetInt32() == CurrentVersion)
        {
            try
            {
                return root.Deserialize<ChangeRequestEvidence>(Options) ?? ChangeRequestEvidenceUpgrade.Unreadable("evidence is empty");
            }
            catch (JsonException e)
            {
                return ChangeRequestEvidenceUpgrade.Unreadable($"evidence version {CurrentVersion} does not match its schema: {e.Message}");
            }
        }

        return ChangeRequestEvidenceUpgrade.Upgrade(root);
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText() : "";
}
