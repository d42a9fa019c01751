using PlcFleet.Verification.Scope;

namespace PlcFleet.Verification.Tests.Scope;

/// <summary>The one reader of unified diffs, on what git writes (the dashboard shows stored git diffs) and on odd input.</summary>
public sealed class UnifiedDiffParserTests
{
    private const string GitDiff = """
        diff --git a/src/PRG_Conveyor.st b/src/PRG_Conveyor.st
        index 1111111..2222222 100644
        --- a/src/PRG_Conveyor.st
        +++ b/src/PRG_Conveyor.st
        @@ -4,3 +4,4 @@ VAR
             EStop_OK : BOOL;
        -Conveyor_Run := Start_PB;
        +Conveyor_Run := Start_PB AND EStop_OK;
        +Alarm_EStop := NOT EStop_OK;
         END_PROGRAM
        diff --git a/src/FB_AlarmPriority.st b/src/FB_AlarmPriority.st
        new file mode 100644
        --- /dev/null
        +++ b/src/FB_AlarmPriority.st
        @@ -0,0 +1,2 @@
        +FUNCTION_BLOCK FB_AlarmPriority
        +END_FUNCTION_BLOCK
        diff --git a/src/GVL_Old.st b/src/GVL_Line.st
        similarity index 100%
        rename from src/GVL_Old.st
        rename to src/GVL_Line.st
        diff --git a/docs/wiring.pdf b/docs/wiring.pdf
        new file mode 100644
        index 0000000..3333333
        Binary files /dev/null and b/docs/wiring.pdf differ
        diff --git a/src/FB_Unused.st b/src/FB_Unused.st
        deleted file mode 100644
        --- a/src/FB_Unused.st
        +++ /dev/null
        @@ -1 +0,0 @@
        -FUNCTION_BLOCK FB_Unused
        """;

    [Fact]
    public void A_git_diff_gives_every_file_with_both_sides_of_each_hunk()
    {
        var files = UnifiedDiffParser.Parse(GitDiff);

        Assert.Equal(["src/PRG_Conveyor.st", "src/FB_AlarmPriority.st", "src/GVL_Line.st", "docs/wiring.pdf", "src/FB_Unused.st"], files.Select(f => f.Path));
        var hunk = Assert.Single(files[0].Hunks);
        Assert.Equal((4, 4, "VAR"), (hunk.OldStart, hunk.NewStart, hunk.Context));
        Assert.Equal(["    EStop_OK : BOOL;", "Conveyor_Run := Start_PB;", "END_PROGRAM"], hunk.OldLines);
        Assert.Equal(["    EStop_OK : BOOL;", "Conveyor_Run := Start_PB AND EStop_OK;", "Alarm_EStop := NOT EStop_OK;", "END_PROGRAM"], hunk.NewLines);
        Assert.True(files[1].IsNew);
        Assert.Empty(files[1].Hunks[0].OldLines);
    }

    [Fact]
    public void Renames_and_binaries_that_git_writes_without_dash_lines_are_files_too()
    {
        var files = UnifiedDiffParser.Parse(GitDiff);

        Assert.True(files[2].IsRenamed);
        Assert.Equal(("src/GVL_Old.st", "src/GVL_Line.st"), (files[2].OldPath, files[2].NewPath));
        Assert.Empty(files[2].Hunks);
        Assert.True(files[3].IsBinary);
        Assert.True(files[3].IsNew);
        Assert.True(files[4].IsDeleted);
        Assert.Equal("FUNCTION_BLOCK FB_Unused", Assert.Single(Assert.Single(files[4].Hunks).OldLines));
    }

    [Theory]
    [InlineData("--- a/x.st\n+++ b/x.st\n@@ -99999999999,1 +1,1 @@\n-a\n+b\n")]
    [InlineData("--- a/x.st\n+++ b/x.st\n@@ -1,1 +99999999999 @@\n-a\n")]
    [InlineData("diff --git\n@@ -1 +1 @@\n")]
    [InlineData("diff --git x\n@@ -1 +1 @@\n-a\n+b\n")]
    [InlineData("diff --git a/x b/y\nrename from\n")]
    [InlineData("--- /dev/null\n+++ b/new.st\n@@ -0,0 +1,2 @@\n+A\n+B\n\\ No newline at end of file\n")]
    [InlineData("--- a/bin.dat\n+++ b/bin.dat\nBinary files differ\n")]
    [InlineData("--- a/crlf.st\r\n+++ b/crlf.st\r\n@@ -1 +1 @@\r\n-x;\r\n+y;\r\n")]
    public void Odd_diffs_are_read_without_an_exception(string diff)
    {
        foreach (var file in UnifiedDiffParser.Parse(diff))
        {
            _ = UnifiedDiffParser.Apply("a\n", file);
        }
    }

    [Fact]
    public void Crlf_paths_lose_the_cr_and_lines_keep_it_as_git_does()
    {
        var file = Assert.Single(UnifiedDiffParser.Parse("--- a/crlf.st\r\n+++ b/crlf.st\r\n@@ -1 +1 @@\r\n-x;\r\n+y;\r\n"));

        Assert.Equal("crlf.st", file.Path);
        Assert.Equal("y;\r", Assert.Single(Assert.Single(file.Hunks).NewLines));
    }
}
