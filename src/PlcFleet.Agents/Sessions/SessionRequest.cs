using PlcFleet.Agents.Transcripts;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Agents.Sessions;

/// <summary>
/// One agent session on one site's workspace. Without a baseline folder the session snapshots the workspace
/// at start, so scope checks and the judge's diff always have a "before".
/// </summary>
public sealed record SessionRequest(AgentPrompt Prompt, string WorkspaceRoot, VerificationRunner Runner)
{
    public string? BaselineRoot { get; init; }

    public ChangeScope? Scope { get; init; }

    public IChangeJudge? Judge { get; init; }

    public SessionLimits Limits { get; init; } = SessionLimits.Default;

    public TranscriptWriter? Transcript { get; init; }

    public bool AskForDebrief { get; init; } = true;
}
