using System.Text.Json;

namespace PlcFleet.Fleet.Rollout;

/// <summary>
/// What a release intent needs beyond git to record its outcome later, kept as JSON in the intent's notes: who approved
/// a deploy, and for a rollback the deployment it reverts and why.
/// </summary>
public sealed record ReleaseIntentNotes(IReadOnlyList<string> ApprovedBy, ReleaseMerge? Reverting = null, string Reason = "")
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReleaseIntentNotes Parse(string notes)
    {
        try
        {
            return JsonSerializer.Deserialize<ReleaseIntentNotes>(notes, Json) ?? new ReleaseIntentNotes([]);
        }
        catch (JsonException)
        {
            return new ReleaseIntentNotes([]);
        }
    }
}
