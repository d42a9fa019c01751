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
}
