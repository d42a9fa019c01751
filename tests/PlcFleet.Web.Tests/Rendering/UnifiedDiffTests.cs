using PlcFleet.Web.Diffs;

namespace PlcFleet.Web.Tests.Rendering;

public sealed class UnifiedDiffTests
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
        """;

    [Fact]
    public void Files_and_hunks_keep_both_sides_with_their_start_lines()
    {
        var files = UnifiedDiff.Parse(Diff);

        Assert.Equal(["src/PRG_Conveyor.st", "src/FB_AlarmPriority.st"], files.Select(f => f.Path));
        var hunk = Assert.Single(files[0].Hunks);
        Assert.Equal((4, 4), (hunk.OldStart, hunk.NewStart));
        Assert.Equal(["    EStop_OK : BOOL;", "Conveyor_Run := Start_PB;", "END_PROGRAM"], hunk.OldLines);
        Assert.Equal(["    EStop_OK : BOOL;", "Conveyor_Run := Start_PB AND EStop_OK;", "Alarm_EStop := NOT EStop_OK;", "END_PROGRAM"], hunk.NewLines);
        Assert.True(files[1].IsNew);
        Assert.Empty(files[1].Hunks[0].OldLines);
    }

    [Fact]
    public void Side_by_side_puts_the_changed_line_opposite_its_replacement_and_numbers_lines_from_the_hunk()
    {
        var html = SideBySideDiffView.Render(Diff).Value!;

        Assert.Contains("<td class=\"ln\">5</td><td class=\"code mod\">Conveyor_Run := Start_PB;</td><td class=\"ln\">5</td><td class=\"code mod\">Conveyor_Run := Start_PB AND EStop_OK;</td>", html);
        Assert.Contains("<td class=\"ln\"></td><td class=\"code gap\"></td><td class=\"ln\">6</td><td class=\"code ins\">Alarm_EStop := NOT EStop_OK;</td>", html);
        Assert.Contains("src/FB_AlarmPriority.st (new file)", html);
    }

    [Fact]
    public void An_empty_diff_says_so()
    {
        Assert.Contains("has no diff", SideBySideDiffView.Render("").Value);
    }
}
