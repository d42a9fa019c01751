namespace PlcFleet.EndToEnd.Tests.Fleet;

public sealed class DemoCommandTests
{
    [Fact]
    public void The_demo_plans_runs_and_shows_a_change_request_offline()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "demo", "--work", "demo");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("guard-monitor v2 (prompt sha256", result.StdOut);
        Assert.Contains("agent rewrite, judge off (no LLM configured)", result.StdOut);
        Assert.Matches(@"CR-1\s+\S+\s+guard-monitor v2\s+\[open\]", result.StdOut);
        Assert.Contains("+", result.StdOut);
        Assert.Contains("5. Changes a verifier stopped", result.StdOut);
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "demo", "sites", "lyon-l1", ".git")));

        // A second demo wipes its own folder and starts over; a foreign folder is never wiped.
        Assert.Equal(0, CliRunner.Run(folder.Path, "demo", "--work", "demo").ExitCode);
        folder.Write("precious/notes.txt", "not a demo");
        var refused = CliRunner.Run(folder.Path, "demo", "--work", "precious");
        Assert.Equal(2, refused.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "precious", "notes.txt")));
    }

    [Fact]
    public void A_run_removes_the_copies_a_killed_run_left_and_leaves_none_of_its_own()
    {
        using var folder = new TempFolder();
        var temp = Path.Combine(folder.Path, "tmp");
        using var killed = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", "-c true") { UseShellExecute = false })!;
        killed.WaitForExit();
        var leftover = Path.Combine(temp, $"plcfleet-tmp-{killed.Id}-x1y2z3", "baseline-1");
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, "PRG_EStop.st"), "PROGRAM PRG_EStop\nEND_PROGRAM\n");

        // Its own temp folder (TMPDIR), so copies made by other tests running at the same time do not count.
        var result = CliRunner.Run(folder.Path, new Dictionary<string, string?> { ["TMPDIR"] = temp }, "demo", "--work", "demo");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp, "plcfleet-*"));
    }
}
