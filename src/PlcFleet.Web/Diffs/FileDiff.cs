namespace PlcFleet.Web.Diffs;

/// <summary>The changes to one file of a change request.</summary>
public sealed record FileDiff(string Path, bool IsNew, bool IsDeleted, IReadOnlyList<DiffHunk> Hunks);
