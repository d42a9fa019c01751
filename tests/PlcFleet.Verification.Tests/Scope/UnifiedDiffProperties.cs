using FsCheck.Xunit;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Verification.Tests.Scope;

/// <summary>No diff can crash a session: whatever two texts an agent leaves behind, writing and reading the diff works and round-trips.</summary>
public sealed class UnifiedDiffProperties
{
    private static readonly string[] Pool =
    [
        "IF xEStopOk AND xStart THEN",
        "    qMotorOn := TRUE;",
        "END_IF;",
        "",
        "tStartDelay(IN := xStart, PT := T#2S);",
        "(* conveyor guard *)",
        "--- looks like a header",
        "+++ so does this",
        "@@ -1,2 +1,2 @@ not a hunk",
        "\\ No newline at end of file",
        " leading space",
        "-leading minus",
        "qAlarm := NOT xGuardClosed;\r",
    ];

    [Property(MaxTest = 500)]
    public bool Writing_then_reading_a_diff_gives_back_the_new_text(byte[] oldPicks, byte[] newPicks, bool oldFinalNewline, bool newFinalNewline, bool crlf, byte kind)
    {
        var before = Text(oldPicks, oldFinalNewline, crlf);
        var after = Text(newPicks, newFinalNewline, crlf);
        var change = (kind % 4) switch
        {
            0 => (Kind: FileChangeKind.Added, Before: "", After: after, OldPath: (string?)null),
            1 => (Kind: FileChangeKind.Deleted, Before: before, After: "", OldPath: null),
            2 => (Kind: FileChangeKind.Modified, Before: before, After: after, OldPath: "src/FB_Old.st"),
            _ => (Kind: FileChangeKind.Modified, Before: before, After: after, OldPath: null),
        };

        var diff = UnifiedDiff.ForFile("src/FB_Conveyor.st", change.Before, change.After, change.Kind, change.OldPath);
        var file = Assert.Single(UnifiedDiffParser.Parse(diff));
        Assert.Equal(change.Kind == FileChangeKind.Added, file.IsNew);
        Assert.Equal(change.Kind == FileChangeKind.Deleted, file.IsDeleted);
        Assert.Equal(change.OldPath is not null, file.IsRenamed);
        return UnifiedDiffParser.Apply(change.Before, file) == change.After;
    }

    [Property(MaxTest = 300)]
    public void Reading_any_text_as_a_diff_never_throws(string text) => UnifiedDiffParser.Parse(text ?? "");

    [Property(MaxTest = 300)]
    public void Reading_a_cut_or_spliced_diff_never_throws(byte[] picks, int cut)
    {
        var diff = UnifiedDiff.ForFile("a.st", Text(picks, true, false), Text([.. picks.Reverse()], false, false));
        var at = diff.Length == 0 ? 0 : Math.Abs(cut % diff.Length);
        foreach (var file in UnifiedDiffParser.Parse(diff[..at] + "\n@@ -99999999999,1 +1 @@\n" + diff[at..]))
        {
            UnifiedDiffParser.Apply("", file);
        }
    }

    [Fact]
    public void A_new_file_ending_with_a_newline_is_an_added_hunk_of_all_its_lines()
    {
        var diff = UnifiedDiff.ForFile("src/FB_Alarm.st", "", "FUNCTION_BLOCK FB_Alarm\nEND_FUNCTION_BLOCK\n", FileChangeKind.Added);
        Assert.Equal("--- /dev/null\n+++ b/src/FB_Alarm.st\n@@ -0,0 +1,2 @@\n+FUNCTION_BLOCK FB_Alarm\n+END_FUNCTION_BLOCK\n", diff);
    }

    [Fact]
    public void A_missing_final_newline_is_marked_as_git_marks_it()
    {
        var diff = UnifiedDiff.ForFile("src/GVL.st", "x := 1;\n", "x := 1;");
        Assert.Equal("--- a/src/GVL.st\n+++ b/src/GVL.st\n@@ -1,1 +1,1 @@\n-x := 1;\n+x := 1;\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void A_binary_file_is_named_not_dumped()
    {
        var diff = UnifiedDiff.ForFile("firmware.bin", "a\0b", "a\0c");
        Assert.True(Assert.Single(UnifiedDiffParser.Parse(diff)).IsBinary);
        Assert.DoesNotContain("\0", diff, StringComparison.Ordinal);
    }

    private static string Text(byte[] picks, bool finalNewline, bool crlf)
    {
        var lines = (picks ?? []).Take(40).Select(p => Pool[p % Pool.Length]);
        var eol = crlf ? "\r\n" : "\n";
        var text = string.Join(eol, lines);
        return finalNewline && text.Length > 0 ? text + eol : text;
    }
}
