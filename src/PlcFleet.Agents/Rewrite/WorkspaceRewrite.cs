namespace PlcFleet.Agents.Rewrite;

/// <summary>What the rules did to a workspace: the edits in the order applied, refusals, and files left alone.</summary>
public sealed record WorkspaceRewrite(
    IReadOnlyList<AppliedRewrite> Applied,
    IReadOnlyList<RefusedRewrite> Refused,
    IReadOnlyList<string> SkippedFiles,
    IReadOnlyDictionary<string, string> ChangedFiles);
