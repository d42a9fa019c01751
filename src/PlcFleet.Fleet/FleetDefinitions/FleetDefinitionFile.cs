using System.Security.Cryptography;
using System.Text;
using PlcFleet.Fleet.Git;

namespace PlcFleet.Fleet.FleetDefinitions;

/// <summary>
/// A fleet.yaml as it is on disk: its text, SHA-256 and, when the file lives in a git repository, the commit that
/// holds exactly this text (null with <see cref="Uncommitted"/> set when the working copy differs from that commit).
/// </summary>
public sealed record FleetDefinitionFile(string Path, string Content, string ContentHash, string? GitCommit, bool InVersionControl, bool Uncommitted)
{
    /// <summary>Reads the file; IO problems (missing, unreadable) surface as exceptions naming the file.</summary>
    public static FleetDefinitionFile Read(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var bytes = File.ReadAllBytes(full);
        var content = Encoding.UTF8.GetString(bytes);
        var hash = Hash(content);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        var probe = new GitRepository(folder);
        if (!probe.TryRun(out var top, "rev-parse", "--show-toplevel"))
        {
            return new FleetDefinitionFile(full, content, hash, null, false, false);
        }

        var repository = new GitRepository(top.Trim());
        var relative = System.IO.Path.GetRelativePath(repository.Root, full).Replace('\\', '/');
        var committed = repository.TryRun(out var status, "status", "--porcelain", "--", relative) && status.Trim().Length == 0
            && repository.TryRun(out var tracked, "ls-files", "--error-unmatch", "--", relative) && tracked.Trim().Length > 0;
        var commit = committed && repository.TryRun(out var log, "log", "-1", "--format=%H", "--", relative) && log.Trim().Length > 0 ? log.Trim() : null;
        return new FleetDefinitionFile(full, content, hash, commit, true, commit is null);
    }

    /// <summary>SHA-256 of the text as UTF-8 with line ends normalised, so a checkout on Windows hashes the same.</summary>
    public static string Hash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.Replace("\r\n", "\n", StringComparison.Ordinal))));
}
