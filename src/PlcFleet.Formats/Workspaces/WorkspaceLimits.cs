namespace PlcFleet.Formats.Workspaces;

/// <summary>
/// Sizes our code enforces on everything an agent or a tool can name or write, so a hostile or confused agent meets a
/// clear refusal instead of a crash or a machine out of memory. File systems allow 255 bytes per name; PLC projects
/// never come close to any of these.
/// </summary>
public sealed record WorkspaceLimits(
    int MaxPathLength = 1024,
    int MaxSegmentLength = 255,
    long MaxFileBytes = 4 * 1024 * 1024,
    int MaxEditChars = 512 * 1024,
    long MaxTranscriptBytes = 64L * 1024 * 1024)
{
    public static WorkspaceLimits Default { get; } = new();
}
