using PlcFleet.Web.Diffs;

namespace PlcFleet.Web.Tests.Rendering;

/// <summary>The review page's diff: changed lines face each other; whatever an agent's diff holds renders, never a 500.</summary>
public sealed class SideBySideDiffViewTests
{
    private const string Diff = """
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
        diff --git a/docs/wiring.pdf b/docs/wiring.pdf
        index 3333333..4444444 100644
        Binary files a/docs/wiring.pdf and b/docs/wiring.pdf differ
        """;

    [Fact]
    public void Side_by_side_puts_the_changed_line_opposite_its_replacement_and_numbers_lines_from_the_hunk()
    {
        var html = SideBySideDiffView.Render(Diff).Value!;

        Assert.Contains("<td class=\"ln\">5</td><td class=\"code mod\">Conveyor_Run := Start_PB;</td><td class=\"ln\">5</td><td class=\"code mod\">Conveyor_Run := Start_PB AND EStop_OK;</td>", html);
        Assert.Contains("<td class=\"ln\"></td><td class=\"code gap\"></td><td class=\"ln\">6</td><td class=\"code ins\">Alarm_EStop := NOT EStop_OK;</td>", html);
        Assert.Contains("src/FB_AlarmPriority.st (new file)", html);
        Assert.Contains("@@ line 4 → 4 VAR", html);
    }

    [Fact]
    public void A_binary_file_in_a_git_diff_is_named_as_binary()
    {
        Assert.Contains("docs/wiring.pdf (binary, not shown)", SideBySideDiffView.Render(Diff).Value);
    }

    [Fact]
    public void An_empty_diff_says_so()
    {
        Assert.Contains("has no diff", SideBySideDiffView.Render("").Value);
    }

    [Theory]
    [InlineData("--- a/x.st\n+++ b/x.st\n@@ -99999999999,1 +1,1 @@\n-a\n+b\n")]
    [InlineData("diff --git\n@@ -1 +1 @@\n")]
    [InlineData("--- /dev/null\n+++ b/new.st\n@@ -0,0 +1,2 @@\n+A\n+B\n\\ No newline at end of file\n")]
    [InlineData("--- a/crlf.st\r\n+++ b/crlf.st\r\n@@ -1 +1 @@\r\n-x;\r\n+y;\r\n")]
    public void Odd_diffs_render_without_an_exception(string diff) => Assert.NotNull(SideBySideDiffView.Render(diff));

    [Fact]
    public void The_diff_a_session_writes_for_a_new_file_renders_as_a_new_file()
    {
        var diff = PlcFleet.Verification.Scope.UnifiedDiff.ForFile("src/FB_Alarm.st", "", "FUNCTION_BLOCK FB_Alarm\nEND_FUNCTION_BLOCK\n", PlcFleet.Verification.Scope.FileChangeKind.Added);

        var html = SideBySideDiffView.Render(diff).Value!;

        Assert.Contains("src/FB_Alarm.st (new file)", html);
        Assert.Contains("<td class=\"code ins\">END_FUNCTION_BLOCK</td>", html);
    }
}
