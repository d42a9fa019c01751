using PlcFleet.Verification.Scope;

namespace PlcFleet.Verification.Tests.Scope;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Shows_changed_lines_with_context_and_file_headers()
    {
        using var site = new TempSite();
        site.With("src/FB_Conveyor.st", SampleCode.Conveyor);
        site.Change("src/FB_Conveyor.st", SampleCode.Conveyor.Replace("T#2S", "T#3S", StringComparison.Ordinal));
        var diff = UnifiedDiff.Create(site.Baseline, site.Workspace);
        Assert.StartsWith("--- a/src/FB_Conveyor.st\n+++ b/src/FB_Conveyor.st\n@@ -11,", diff, StringComparison.Ordinal);
        Assert.Contains("-tStartDelay(IN := xStart AND xEStopOk, PT := T#2S);\n+tStartDelay(IN := xStart AND xEStopOk, PT := T#3S);\n", diff, StringComparison.Ordinal);
    }
}
