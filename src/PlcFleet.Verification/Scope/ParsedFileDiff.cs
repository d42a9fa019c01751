namespace PlcFleet.Verification.Scope;

/// <summary>One file of a unified diff as read back: its paths (null for /dev/null), binary or text hunks.</summary>
public sealed record ParsedFileDiff(string? OldPath, string? NewPath, bool IsBinary, IReadOnlyList<ParsedHunk> Hunks)
{
    public bool IsNew => OldPath is null;

    public bool IsDeleted => NewPath is null;

    public bool IsRenamed => OldPath is not null && NewPath is not null && OldPath != NewPath;
}

/// <summary>One <c>@@</c> section: where it starts on each side and its lines in order.</summary>
public sealed record ParsedHunk(int OldStart, int OldCount, int NewStart, int NewCount, IReadOnlyList<ParsedLine> Lines);

/// <summary>A line of a hunk: ' ' context, '-' removed, '+' added; <see cref="NoNewline"/> when the file ends there without one.</summary>
public sealed record ParsedLine(char Kind, string Text, bool NoNewline);
