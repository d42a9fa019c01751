using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PlcFleet.TestSupport.Cli;

namespace PlcFleet.EndToEnd.Tests.Review;

/// <summary>
/// The disk under the store lets plcfleet down: the store path is not a file, the work folder lies under a plain
/// file, the store file is read-only (chattr +i, which binds root too), the disk is full (a 1 MB tmpfs). Each is a
/// one-line error naming the file, exit 2, never a stack trace; the tests need root for chattr and mount and say so.
/// </summary>
public sealed class DiskProblemTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "plcfleet-e2e-disk", Guid.NewGuid().ToString("N"));

    public DiskProblemTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void A_store_path_that_is_a_folder_names_the_store_file()
    {
        var store = Path.Combine(_root, ".plcfleet", "plcfleet.db");
        Directory.CreateDirectory(store);

        var result = Cli("user", "add", "ada", "--role", "admin");

        AssertClearError(result, $"{store}: the fleet store cannot be opened");
    }

    [Fact]
    public void A_work_folder_under_a_plain_file_names_the_path()
    {
        File.WriteAllText(Path.Combine(_root, "notes.txt"), "shift notes\n");

        var result = Cli("user", "add", "ada", "--role", "admin", "--work", "notes.txt/.plcfleet");

        AssertClearError(result, Path.Combine(_root, "notes.txt", ".plcfleet"));
    }

    [Fact]
    public void A_read_only_store_file_names_the_file_and_changes_nothing()
    {
        var ada = Cli("user", "add", "ada", "--role", "admin").Password();
        var store = Path.Combine(_root, ".plcfleet", "plcfleet.db");
        SqliteConnection.ClearAllPools();
        Run("chattr", "+i", store);
        try
        {
            var result = CliAs(ada, "user", "add", "bob", "--role", "engineer", "--as", "ada");

            AssertClearError(result, $"{store}: the fleet store is read-only");
            Assert.Contains("nothing was written", result.StdErr);
        }
        finally
        {
            Run("chattr", "-i", store);
        }

        Assert.DoesNotContain("bob", Cli("user", "list").StdOut);
    }

    [Fact]
    public void A_full_disk_names_the_store_file()
    {
        var disk = Path.Combine(_root, "disk");
        Directory.CreateDirectory(disk);
        Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk);
        try
        {
            var ada = CliRunner.Run(disk, "user", "add", "ada", "--role", "admin").Password();
            using (var filler = File.Create(Path.Combine(disk, "filler")))
            {
                var block = new byte[4096];
                try
                {
                    while (true)
                    {
                        filler.Write(block);
                        filler.Flush(flushToDisk: true);
                    }
                }
                catch (IOException)
                {
                    // The disk is full now.
                }
            }

            var result = CliRunner.Run(disk, new Dictionary<string, string?> { ["PLCFLEET_PASSWORD"] = ada }, "user", "add", "bob", "--role", "engineer", "--as", "ada");

            AssertClearError(result, Path.Combine(disk, ".plcfleet"));
            Assert.Matches("full|I/O error", result.StdErr);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Run("umount", disk);
        }
    }

    private static void AssertClearError(CliResult result, string names)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(names, result.StdErr);
        Assert.StartsWith("plcfleet: error: ", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("Exception", result.StdErr);
    }

    /// <summary>Runs a system tool the test needs (chattr, mount); a failure fails the test with the tool's words, never skips it.</summary>
    private static void Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed (this test needs root): {error}");
    }

    private CliResult Cli(params string[] args) => CliRunner.Run(_root, args);

    private CliResult CliAs(string password, params string[] args) =>
        CliRunner.Run(_root, new Dictionary<string, string?> { ["PLCFLEET_PASSWORD"] = password }, args);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
