using System.Diagnostics;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Verification.Tests.Scope;

/// <summary>The scope verifier reads what git would commit (paths and modes), not only a list of files.</summary>
public sealed class ScopeVerifierGitTests : IDisposable
{
    private readonly TempSite site = new();

    public ScopeVerifierGitTests()
    {
        site.With("src/FB_Conveyor.st", SampleCode.Conveyor);
        Git(site.Workspace, "init", "-q", "-b", "main");
        Git(site.Workspace, "add", "-A");
        Git(site.Workspace, "commit", "-q", "-m", "site code");
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task A_nested_repository_created_by_the_agent_is_refused_as_a_gitlink()
    {
        site.Change("vendor/lib/FB_Helper.st", "FUNCTION_BLOCK FB_Helper\nEND_FUNCTION_BLOCK\n");
        Git(Path.Combine(site.Workspace, "vendor", "lib"), "init", "-q");
        Git(Path.Combine(site.Workspace, "vendor", "lib"), "add", "-A");
        Git(Path.Combine(site.Workspace, "vendor", "lib"), "commit", "-q", "-m", "smuggled");

        var result = await RunAsync();

        Assert.Contains(result.Findings, f => f.RuleId == ScopeRules.NestedRepository && f.File == "vendor/lib/.git");
        Assert.Contains(result.Findings, f => f.RuleId == ScopeRules.NestedRepository && f.Message.Contains("160000", StringComparison.Ordinal));
        Assert.Equal(VerificationOutcome.Failed, result.Outcome);
    }

    [Fact]
    public async Task A_symbolic_link_added_to_the_commit_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(site.Workspace, "src", "Users.st"), "/etc/passwd");

        var result = await RunAsync();

        Assert.Contains(result.Findings, f => f.RuleId == ScopeRules.SymbolicLink && f.File == "src/Users.st");
    }

    [Fact]
    public async Task A_file_in_a_folder_the_file_list_skips_still_counts_when_git_would_commit_it()
    {
        site.Change("bin/PRG_Hidden.st", "PROGRAM PRG_Hidden\nEND_PROGRAM\n");

        var result = await RunAsync();

        Assert.Contains(result.Findings, f => f.RuleId == ScopeRules.OutsideScope && f.File == "bin/PRG_Hidden.st");
    }

    [Fact]
    public async Task An_ordinary_change_in_scope_passes()
    {
        site.Change("src/FB_Conveyor.st", SampleCode.Conveyor.Replace("T#2S", "T#3S", StringComparison.Ordinal));

        var result = await RunAsync();

        Assert.Empty(result.Findings);
        Assert.Equal(VerificationOutcome.Passed, result.Outcome);
        Assert.Equal("", Git(site.Workspace, "diff", "--cached", "--name-only"));
    }

    private Task<VerifierResult> RunAsync() =>
        new ScopeVerifier().RunAsync(new VerificationContext(site.Workspace, site.Baseline, new ChangeScope { Include = ["src/**"] }), CancellationToken.None);

    private static string Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@localhost";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return output;
    }
}
