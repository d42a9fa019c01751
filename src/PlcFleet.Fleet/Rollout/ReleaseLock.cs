using PlcFleet.Fleet.Git;

namespace PlcFleet.Fleet.Rollout;

/// <summary>
/// One deploy or rollback at a time per site repository, across processes: an exclusive OS file lock on
/// <c>plcfleet-release.lock</c> in the repository's git folder, held from writing the release intent until its outcome
/// is recorded. The OS drops it when the process dies, even on <c>kill -9</c>, so a free lock next to an open intent
/// means the intent's process is gone and recovery may act on it; a held one means it is still at work.
/// </summary>
public sealed class ReleaseLock : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _handle;

    private ReleaseLock(FileStream handle) => _handle = handle;

    /// <summary>The lock, or null when another holder keeps it longer than <paramref name="wait"/>.</summary>
    public static ReleaseLock? TryAcquire(GitRepository repository, TimeSpan wait)
    {
        var path = Path.Combine(repository.Run("rev-parse", "--path-format=absolute", "--git-common-dir").Trim(), "plcfleet-release.lock");
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive lock (flock on Linux and macOS, a share lock on Windows).
                return new ReleaseLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Retry);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    public void Dispose() => _handle.Dispose();
}
