namespace PlcFleet.Formats.Workspaces;

/// <summary>A path checked against its workspace: the full path and its relative form, or why it was refused.</summary>
public sealed record WorkspacePath(string? FullPath, string RelativePath, string? Error)
{
    public bool IsValid => Error is null;

    public static WorkspacePath Refused(string relativePath, string error) => new(null, relativePath, error);
}
