using System.Text.Json;

namespace PlcFleet.Fleet.Rollout;

/// <summary>
/// One change merged into a site's release branch: where the branch was before and after. Kept as JSON in the
/// deployment record's notes, so a rollback reverts exactly what this deployment brought.
/// </summary>
public sealed record ReleaseMerge(string Branch, string Before, string After, ReleaseMergeMode Mode, string? RevertCommit = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToNotes() => JsonSerializer.Serialize(this, Json);

    public static ReleaseMerge? TryParse(string notes)
    {
        try
        {
            return JsonSerializer.Deserialize<ReleaseMerge>(notes, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
