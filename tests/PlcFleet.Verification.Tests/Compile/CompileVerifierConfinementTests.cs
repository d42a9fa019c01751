using PlcFleet.Verification.Compile;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Framework.Reports;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Verification.Tests.Compile;

/// <summary>A committed symbolic link must not carry a file from outside the site into findings, reports or diffs.</summary>
public sealed class CompileVerifierConfinementTests
{
    [Fact]
    public async Task A_link_to_etc_passwd_is_a_finding_without_the_file_content()
    {
        using var site = new TempSite();
        site.With("src/FB_Conveyor.st", SampleCode.Conveyor);
        File.CreateSymbolicLink(Path.Combine(site.Workspace, "src", "Users.st"), "/etc/passwd");

        var result = await new CompileVerifier().RunAsync(new VerificationContext(site.Workspace), CancellationToken.None);
        var report = AgentSummaryRenderer.Render(new VerificationReport([result], TimeSpan.Zero));
        var diff = UnifiedDiff.Create(site.Baseline, site.Workspace);

        Assert.Contains(result.Findings, f => f.File == "src/Users.st" && f.Message.Contains("outside the workspace", StringComparison.Ordinal));
        Assert.DoesNotContain("root:", report, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", diff, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("root:", StringComparison.Ordinal));
    }
}
