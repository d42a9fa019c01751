using System.Diagnostics;
using System.Globalization;

namespace PlcFleet.Verification.Framework;

/// <summary>
/// Where plcfleet keeps temporary copies of site code (baselines, replays): one folder per process, created 0700 by
/// mkdtemp (<c>plcfleet-tmp-PID-XXXXXX</c> in the system temp folder), so other accounts on the machine never read a
/// controller project. It is removed when the process exits; folders of processes that died (killed, crashed) are
/// removed by the next plcfleet process that needs one and when a run starts or resumes.
/// </summary>
public static class PrivateTemp
{
    public const string Prefix = "plcfleet-tmp-";

    private static readonly Lazy<string> Folder = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>This process's private folder, created on first use.</summary>
    public static string Root => Folder.Value;

    /// <summary>A fresh, not yet existing path inside <see cref="Root"/>, named for what it will hold.</summary>
    public static string NewPath(string kind) => Path.Combine(Root, $"{kind}-{Guid.NewGuid().ToString("N")[..12]}");

    /// <summary>Removes the private folders of plcfleet processes that no longer run; returns the folders removed.</summary>
    public static IReadOnlyList<string> RemoveLeftovers()
    {
        var removed = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var name = Path.GetFileName(folder)[Prefix.Length..];
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid) && TryDelete(folder))
            {
                removed.Add(folder);
            }
        }

        return removed;
    }

    private static string Create()
    {
        RemoveLeftovers();
        var folder = Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        return folder;
    }

    // A pid that is running again under another program keeps its folder: leaving a copy is safer than deleting a live one.
    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Deletes a folder tree, clearing the read-only flag git puts on object files; false when something stayed.</summary>
    public static bool TryDelete(string folder)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return true;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
