using PlcFleet.Web.Diffs;

namespace PlcFleet.Web.Tests.Rendering;

/// <summary>A stored diff is an agent's work: the review page must render whatever it holds, never a 500.</summary>
public sealed class UnifiedDiffRobustnessTests
{
    [Theory]
    [InlineData("--- a/x.st\n+++ b/x.st\n@@ -99999999999,1 +1,1 @@\n-a\n+b\n")]
    [InlineData("--- a/x.st\n+++ b/x.st\n@@ -1,1 +99999999999 @@\n-a\n")]
    [InlineData("diff --git\n@@ -1 +1 @@\n")]
    [InlineData("--- /dev/null\n+++ b/new.st\n@@ -0,0 +1,2 @@\n+A\n+B\n\\ No newline at end of file\n")]
    [InlineData("--- a/bin.dat\n+++ b/bin.dat\nBinary files differ\n")]
    [InlineData("--- a/crlf.st\r\n+++ b/crlf.st\r\n@@ -1 +1 @@\r\n-x;\r\n+y;\r\n")]
    public void Odd_diffs_are_parsed_and_rendered_without_an_exception(string diff)
    {
        _ = UnifiedDiff.Parse(diff);
        Assert.NotNull(SideBySideDiffView.Render(diff));
    }

    [Fact]
    public void The_diff_a_session_writes_for_a_new_file_renders_as_a_new_file()
    {
        var diff = PlcFleet.Verification.Scope.UnifiedDiff.ForFile("src/FB_Alarm.st", "", "FUNCTION_BLOCK FB_Alarm\nEND_FUNCTION_BLOCK\n", PlcFleet.Verification.Scope.FileChangeKind.Added);

        var file = Assert.Single(UnifiedDiff.Parse(diff));

        Assert.True(file.IsNew);
        Assert.Equal(["FUNCTION_BLOCK FB_Alarm", "END_FUNCTION_BLOCK"], Assert.Single(file.Hunks).NewLines);
    }
}
