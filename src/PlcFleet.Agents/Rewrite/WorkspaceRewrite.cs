namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// What the rules did to a workspace: the edits in the order applied, refusals, files left alone, and the new
/// content of each changed file (text, and for vendor files the bytes to write: only the edited ST changed).
/// </summary>
public sealed record WorkspaceRewrite(
    IReadOnlyList<AppliedRewrite> Applied,
    IReadOnlyList<RefusedRewrite> Refused,
    IReadOnlyList<string> SkippedFiles,
    IReadOnlyDictionary<string, string> ChangedFiles,
    IReadOnlyDictionary<string, byte[]>? ChangedVendorFiles = null);
