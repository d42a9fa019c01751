namespace PlcFleet.Verification.Scope;

/// <summary>One file of a unified diff as read back: its paths (null for /dev/null), binary or text hunks.</summary>
public sealed record ParsedFileDiff(string? OldPath, string? NewPath, bool IsBinary, IReadOnlyList<ParsedHunk> Hunks)
{
    public bool IsNew => OldPath is null;

    public bool IsDeleted => NewPath is null;

    public bool IsRenamed => OldPath is not null && NewPath is not null && OldPath != NewPath;

    /// <summary>The path the file has after the change (before it, for a deleted file).</summary>
    public string Path => NewPath ?? OldPath ?? "";
}

/// <summary>
/// One <c>@@</c> section: where it starts on each side, its lines in order, and the text after the second <c>@@</c>
/// (git puts the enclosing declaration there).
/// </summary>
public sealed record ParsedHunk(int OldStart, int OldCount, int NewStart, int NewCount, IReadOnlyList<ParsedLine> Lines, string Context = "")
{
    /// <summary>The hunk's lines as they were before (context and removed).</summary>
    public IReadOnlyList<string> OldLines => [.. Lines.Where(l => l.Kind != '+').Select(l => l.Text)];

    /// <summary>The hunk's lines as they are after (context and added).</summary>
    public IReadOnlyList<string> NewLines => [.. Lines.Where(l => l.Kind != '-').Select(l => l.Text)];
}

/// <summary>A line of a hunk: ' ' context, '-' removed, '+' added; <see cref="NoNewline"/> when the file ends there without one.</summary>
public sealed record ParsedLine(char Kind, string Text, bool NoNewline);
