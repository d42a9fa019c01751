namespace PlcFleet.Agents.Tools;

/// <summary>A workspace path checked for confinement: either a full path and its relative form, or why it was refused.</summary>
public sealed record PathResolution(string? FullPath, string RelativePath, string? Error)
{
    public bool IsValid => Error is null;

    public static PathResolution Refused(string relativePath, string error) => new(null, relativePath, error);
}
