namespace PlcFleet.EndToEnd.Tests.Fleet;

public sealed class DemoCommandTests
{
    [Fact]
    public void The_demo_plans_runs_and_shows_a_change_request_offline()
    {
        using var folder = new TempFolder();
        var before = TempCopies();

        // A copy a killed plcfleet left behind: the run removes it before making its own.
        using var killed = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", "-c true") { UseShellExecute = false })!;
        killed.WaitForExit();
        var leftover = Path.Combine(Path.GetTempPath(), $"plcfleet-tmp-{killed.Id}-e2e{Guid.NewGuid():N}", "baseline-1");
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, "PRG_EStop.st"), "PROGRAM PRG_EStop\nEND_PROGRAM\n");

        var result = CliRunner.Run(folder.Path, "demo", "--work", "demo");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("guard-monitor v2 (prompt sha256", result.StdOut);
        Assert.Contains("agent rewrite, judge off (no LLM configured)", result.StdOut);
        Assert.Matches(@"CR-1\s+\S+\s+guard-monitor v2\s+\[open\]", result.StdOut);
        Assert.Contains("+", result.StdOut);
        Assert.Contains("5. Changes a verifier stopped", result.StdOut);
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "demo", "sites", "lyon-l1", ".git")));
        Assert.Empty(LeftoverCopies(before));

        // A second demo wipes its own folder and starts over; a foreign folder is never wiped.
        Assert.Equal(0, CliRunner.Run(folder.Path, "demo", "--work", "demo").ExitCode);
        folder.Write("precious/notes.txt", "not a demo");
        var refused = CliRunner.Run(folder.Path, "demo", "--work", "precious");
        Assert.Equal(2, refused.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "precious", "notes.txt")));
        Assert.False(Directory.Exists(Path.GetDirectoryName(leftover)));
    }

    private static HashSet<string> TempCopies() =>
        Directory.EnumerateDirectories(Path.GetTempPath(), "plcfleet-*")
            .Where(d => Path.GetFileName(d).StartsWith("plcfleet-tmp-", StringComparison.Ordinal) || Path.GetFileName(d).StartsWith("plcfleet-baseline-", StringComparison.Ordinal))
            .ToHashSet();

    /// <summary>Copies of site code in the temp folder that no running process owns: what the demo left behind.</summary>
    private static List<string> LeftoverCopies(HashSet<string> before) =>
        TempCopies().Except(before).Where(d => !IsLive(Path.GetFileName(d))).ToList();

    private static bool IsLive(string name)
    {
        var parts = name.Split('-');
        if (parts.Length < 4 || parts[1] != "tmp" || !int.TryParse(parts[2], out var pid))
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
