namespace PlcFleet.Verification.Scope;

/// <summary>One path as git records it in a commit: modes (octal text, 000000 when absent) and the status letter (A, M, D, T).</summary>
public sealed record GitRecordedChange(string Path, string OldMode, string NewMode, char Status)
{
    public const string GitlinkMode = "160000";
    public const string SymlinkMode = "120000";

    public bool IsGitlink => NewMode == GitlinkMode;

    public bool IsSymlink => NewMode == SymlinkMode;
}
