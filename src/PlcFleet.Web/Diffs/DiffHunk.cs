namespace PlcFleet.Web.Diffs;

/// <summary>One <c>@@</c> section of a unified diff: the old and the new side of the same lines, with where they start.</summary>
public sealed record DiffHunk(int OldStart, int NewStart, string Header, IReadOnlyList<string> OldLines, IReadOnlyList<string> NewLines);
