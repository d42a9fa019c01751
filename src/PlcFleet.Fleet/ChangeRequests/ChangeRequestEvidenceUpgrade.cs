using System.Text.Json;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.ChangeRequests;

/// <summary>
/// The one way older evidence becomes <see cref="ChangeRequestEvidence"/>: version 1 (the run's snake_case shape before
/// it carried <c>evidence_version</c>) reads as it is; hand-written evidence (camelCase or snake_case keys:
/// <c>safetyRelated</c>, <c>safetyFindings</c> as strings or objects, <c>verificationSummary</c> or <c>verification</c>,
/// <c>judgeVerdict</c> or <c>judge</c>, <c>author</c>, <c>debrief</c>) is mapped field by field. Evidence that does not
/// say <c>safety_related: false</c> is safety-related.
/// </summary>
public static class ChangeRequestEvidenceUpgrade
{
    public static ChangeRequestEvidence Upgrade(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Unreadable("evidence is not a JSON object");
        }

        if (Find(root, "migration_version") is not null)
        {
            try
            {
                // Version 1: the run's own shape; every required field present, so it deserialises as written.
                if (root.Deserialize<ChangeRequestEvidence>(ChangeRequestEvidence.Options) is { } written)
                {
                    return written with { EvidenceVersion = ChangeRequestEvidence.CurrentVersion };
                }
            }
            catch (JsonException)
            {
                // Not quite the run's shape: read it field by field below.
            }
        }

        var judge = Find(root, "judgeVerdict", "judge_verdict", "judge_decision", "judge");
        var verification = Find(root, "verificationSummary", "verification_summary", "verification_outcome", "verification");
        return new ChangeRequestEvidence
        {
            MigrationVersion = Find(root, "migrationVersion", "migration_version") is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : 0,
            ContentHash = Text(Find(root, "contentHash", "content_hash")),
            MigrationTitle = Text(Find(root, "migrationTitle", "migration_title")),
            SafetyRelated = Find(root, "safetyRelated", "safety_related") is not { ValueKind: JsonValueKind.False },
            BaseCommit = Text(Find(root, "baseCommit", "base_commit")),
            Agent = Text(Find(root, "agent")),
            Verification = verification is { ValueKind: JsonValueKind.Object } report && Find(report, "verifiers") is not null ? report : null,
            VerificationOutcome = verification is { ValueKind: JsonValueKind.Object } o && Find(o, "verifiers") is not null ? Text(Find(o, "outcome")) : Text(verification),
            SafetyFindings = Find(root, "safetyFindings", "safety_findings") is { ValueKind: JsonValueKind.Array } findings
                ? findings.EnumerateArray().Select(f => Text(f)).Where(t => t.Length > 0).ToList()
                : [],
            Equivalence = Waveform(Find(root, "equivalence")),
            JudgeDecision = judge is { ValueKind: JsonValueKind.Object } j ? NullIfEmpty(Text(Find(j, "verdict", "decision"))) : NullIfEmpty(Text(judge)),
            JudgeReasons = judge is { ValueKind: JsonValueKind.Object } r
                ? Find(r, "reasons", "reason") switch
                {
                    { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().Select(e => Text(e)).Where(t => t.Length > 0).ToList(),
                    var one => NullIfEmpty(Text(one)) is { } reason ? [reason] : [],
                }
                : Find(root, "judgeReasons", "judge_reasons") is { ValueKind: JsonValueKind.Array } reasons
                    ? reasons.EnumerateArray().Select(e => Text(e)).Where(t => t.Length > 0).ToList()
                    : [],
            Author = NullIfEmpty(Text(Find(root, "author"))),
            Debrief = NullIfEmpty(Text(Find(root, "debrief"))),
        };
    }

    /// <summary>Evidence that cannot be read: treated as safety-related, with the reason as its one finding.</summary>
    public static ChangeRequestEvidence Unreadable(string why) => new()
    {
        MigrationVersion = 0,
        ContentHash = "",
        MigrationTitle = "",
        SafetyRelated = true,
        BaseCommit = "",
        Agent = "",
        SafetyFindings = [why],
    };

    private static WaveformEvidence? Waveform(JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.Object } waveform)
        {
            return null;
        }

        try
        {
            return waveform.Deserialize<WaveformEvidence>(ChangeRequestEvidence.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Find(JsonElement root, params string[] names)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (names.Any(n => string.Equals(n, property.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>A readable one-liner from a string, or from an object's usual fields (verdict, rule, location, summary, message, reason).</summary>
    private static string Text(JsonElement? element) => element switch
    {
        null => "",
        { ValueKind: JsonValueKind.String } s => s.GetString() ?? "",
        { ValueKind: JsonValueKind.Object } o => string.Join(
            " ",
            new[] { "verdict", "decision", "rule", "location", "file", "summary", "message", "reason" }
                .Select(name => Find(o, name))
                .Where(v => v is { ValueKind: JsonValueKind.String or JsonValueKind.Number })
                .Select(v => v!.Value.ToString())),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => "",
        var other => other.Value.GetRawText(),
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
