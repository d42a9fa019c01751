using System.Text.Json;

namespace PlcFleet.Fleet.Rollout;

/// <summary>
/// Why a change could not be merged into a release branch, with the files git could not merge. Kept as JSON in the
/// failed deployment's notes, so the engineer who rebases the change knows where to look.
/// </summary>
public sealed record ReleaseMergeFailure(string Problem, IReadOnlyList<string> ConflictingFiles)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsConflict => ConflictingFiles.Count > 0;

    public string ToNotes() => JsonSerializer.Serialize(this, Json);

    public static ReleaseMergeFailure? TryParse(string notes)
    {
        try
        {
            return JsonSerializer.Deserialize<ReleaseMergeFailure>(notes, Json) is { Problem: not null, ConflictingFiles: not null } failure ? failure : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() =>
        IsConflict ? $"conflicts in {string.Join(", ", ConflictingFiles)}" : Problem;
}
