namespace PlcFleet.EndToEnd.Tests.Agent;

/// <summary><c>plcfleet verify</c> as an external agent's stop hook runs it in the site repository.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private readonly LyonSiteRepository site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Migration_in_progress_within_scope_passes()
    {
        Edit(LyonSiteRepository.GuardIfBlock, LyonSiteRepository.GuardMonitorCall);

        var result = CliRunner.Run(site.Root, "verify", "--migration", site.MigrationFile);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("verify: OK (scope, compile, safety, simulation, equivalence)", result.StdOut.Trim());
    }

    [Fact]
    public void Stop_hook_blocks_with_the_findings_on_stderr()
    {
        Edit(LyonSiteRepository.GuardIfBlock, LyonSiteRepository.GuardMonitorCall.TrimEnd(';'));
        File.AppendAllText(Path.Combine(site.Root, "tests", "estop.scenario.yaml"), "# relaxed\n");

        var result = CliRunner.Run(site.Root, "verify", "--stop-hook", "--migration", site.MigrationFile);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("verify: FAILED (scope, compile)", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("compile ST0010 src/PRG_Main.st:", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("scope SCOPE003 tests/estop.scenario.yaml:", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void Without_the_hook_flag_findings_exit_1_on_stdout()
    {
        File.AppendAllText(Path.Combine(site.Root, "src", "Lib", "SafetyLib.st"), "// tuned\n");

        var result = CliRunner.Run(site.Root, "verify", "--migration", site.MigrationFile);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("scope SCOPE001 src/Lib/SafetyLib.st:", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_baseline_ref_is_a_usage_error()
    {
        var result = CliRunner.Run(site.Root, "verify", "--baseline", "release-2019");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("'release-2019' is not a commit", result.StdErr, StringComparison.Ordinal);
    }

    private void Edit(string search, string replace)
    {
        var path = Path.Combine(site.Root, LyonSiteRepository.MainProgram);
        var text = File.ReadAllText(path);
        Assert.Contains(search, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(search, replace, StringComparison.Ordinal));
    }
}
