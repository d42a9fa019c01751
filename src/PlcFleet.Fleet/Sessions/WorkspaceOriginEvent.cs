using System.Text.Json;
using PlcFleet.Agents.Transcripts;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>
/// The transcript's first line for a CLI run: which repository, commit, branch and migration version the session
/// started from, so <c>agent replay</c> can rebuild the same "before" later.
/// </summary>
public static class AgentRunEvents
{
    public const string Workspace = "workspace";

    // Same naming as TranscriptWriter.ToJson (snake_case).
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static TranscriptEvent WorkspaceEvent(WorkspaceOrigin origin) => new()
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
