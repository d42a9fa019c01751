using System.Text.Json;

namespace PlcFleet.Fleet.Review;

/// <summary>
/// What a reviewer needs from a change request's evidence JSON (written by the run orchestrator). Keys are read
/// in camelCase or snake_case: <c>safetyRelated</c>, <c>safetyFindings</c> (strings or objects with a message),
/// <c>verificationSummary</c> or <c>verification</c>, <c>judgeVerdict</c> or <c>judge</c>, <c>author</c>, <c>debrief</c>.
/// A change request that does not say <c>safetyRelated: false</c> is treated as safety-related: missing evidence
/// must never lower the bar for review.
/// </summary>
public sealed record ChangeRequestEvidence(
    bool SafetyRelated,
    IReadOnlyList<string> SafetyFindings,
    string VerificationSummary,
    string JudgeVerdict,
    string? Author,
    string? Debrief)
{
    /// <summary>A safety engineer must approve: the migration is safety-related or a safety finding was raised.</summary>
    public bool NeedsSafetyEngineer => SafetyRelated || SafetyFindings.Count > 0;

    public static ChangeRequestEvidence Parse(string json)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new ChangeRequestEvidence(true, ["evidence is not valid JSON"], "", "", null, null);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ChangeRequestEvidence(true, [], "", "", null, null);
        }

        var safetyRelated = Find(root, "safetyRelated", "safety_related") is not { ValueKind: JsonValueKind.False };
        return new ChangeRequestEvidence(
            safetyRelated,
            Findings(Find(root, "safetyFindings", "safety_findings")),
            Text(Find(root, "verificationSummary", "verification_summary", "verification")),
            Text(Find(root, "judgeVerdict", "judge_verdict", "judge")),
            NullIfEmpty(Text(Find(root, "author"))),
            NullIfEmpty(Text(Find(root, "debrief"))));
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

    private static List<string> Findings(JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }

        return array.EnumerateArray().Select(e => Text(e)).Where(t => t.Length > 0).ToList();
    }

    /// <summary>A readable one-liner from a string, or from an object's usual fields (verdict, summary, message, rule, location).</summary>
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
