using System.Globalization;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Fleet.Runs;

/// <summary>
/// Keeps two processes (<c>migration run</c> twice, or <c>run</c> and <c>resume</c>) from working the same run at once:
/// they would start the same site twice and race for its branch. The lock is an exclusive OS file lock on
/// <c>locks/&lt;migration&gt;-v&lt;version&gt;-&lt;hash&gt;.lock</c> in the work folder, held while the run goes on; the OS
/// drops it when the process ends, even on <c>kill -9</c>, so a crash never leaves a stale lock behind. A separate
/// owner file names the holder, because the locked file itself cannot be read by others.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream handle;
    private readonly string ownerPath;

    private RunLock(FileStream handle, string ownerPath)
    {
        this.handle = handle;
        this.ownerPath = ownerPath;
    }

    /// <summary>
    /// The lock for <paramref name="migration"/>'s runs in <paramref name="workFolder"/>, or null and who holds it.
    /// Keyed by the prompt version and text, which is what a run is resumed by, so finding or starting the run is covered too.
    /// </summary>
    public static RunLock? TryAcquire(string workFolder, Migration migration, out string? holder)
    {
        var folder = Path.Combine(workFolder, "locks");
        Directory.CreateDirectory(folder);
        var key = $"{migration.Id}-v{migration.Version}-{migration.ContentHash[..12]}";
        var ownerPath = Path.Combine(folder, key + ".owner");
        try
        {
            // FileShare.None takes an exclusive lock (flock on Linux and macOS, a share lock on Windows).
            var handle = new FileStream(Path.Combine(folder, key + ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.WriteAllText(ownerPath, string.Create(CultureInfo.InvariantCulture,
                $"process {Environment.ProcessId} on {Environment.MachineName} (user {Environment.UserName}), since {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC"));
            holder = null;
            return new RunLock(handle, ownerPath);
        }
        catch (IOException)
        {
            holder = ReadOwner(ownerPath);
            return null;
        }
    }

    /// <summary>The message an engineer sees when the run is busy.</summary>
    public static string BusyMessage(Migration migration, string workFolder, string? holder) =>
        $"{migration.Id} v{migration.Version} is being run by another plcfleet process ({holder ?? "owner unknown"}) in {workFolder}; "
        + "wait for it to finish (plcfleet migration status shows its progress) or stop it, then run again";

    public void Dispose()
    {
        try
        {
            File.Delete(ownerPath);
        }
        catch (IOException)
        {
            // The next holder overwrites it.
        }

        handle.Dispose();
    }

    private static string? ReadOwner(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
