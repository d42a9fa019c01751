namespace PlcFleet.Formats.Workspaces;

/// <summary>The content of one workspace file, or why it was not read (outside the workspace, a device, too large, ...).</summary>
public sealed record WorkspaceFileRead(string RelativePath, string? Text, byte[]? Bytes, string? Error)
{
    public bool IsRead => Error is null;

    public static WorkspaceFileRead Refused(string relativePath, string error) => new(relativePath, null, null, error);
}
