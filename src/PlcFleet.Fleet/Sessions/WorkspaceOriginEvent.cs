using System.Text.Json;
using PlcFleet.Agents.Transcripts;

namespace PlcFleet.Fleet.Sessions;

/// <summary>
/// The transcript's first line of every site session (<c>agent run</c> and each site of <c>migration run</c>): which
/// repository, commit, branch and migration version the session started from, so <c>agent replay</c> can rebuild the
/// same "before" later.
/// </summary>
public static class WorkspaceOriginEvent
{
    public const string Workspace = "workspace";

    // Same naming as TranscriptWriter.ToJson (snake_case).
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static TranscriptEvent For(WorkspaceOrigin origin) => new()
    {
        Type = Workspace,
        Data = TranscriptWriter.ToJson(origin),
    };

    public static WorkspaceOrigin? FindOrigin(IReadOnlyList<TranscriptEvent> events)
    {
        var entry = events.FirstOrDefault(e => e.Type == Workspace && e.Data is not null);
        return entry?.Data is { } data ? data.Deserialize<WorkspaceOrigin>(Json) : null;
    }
}
