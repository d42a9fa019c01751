using System.Diagnostics;

namespace PlcFleet.Verification.Scope;

/// <summary>
/// What git would record if the workspace were committed now: every path with its mode, read with
/// <c>git add -A</c> into a throw-away index and <c>git diff-index --raw</c> against HEAD, so gitlinks (160000,
/// nested repositories and submodules), symbolic links (120000) and files in folders our own file list skips are
/// all seen exactly as the commit will carry them. The real index and the working tree are not touched.
/// </summary>
public static class GitRecordedChanges
{
    /// <summary>git's well-known empty tree, the "before" of a repository without commits.</summary>
    private const string EmptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

    /// <summary>Null when the folder is not inside a git work tree (then only the folder comparison applies).</summary>
    public static IReadOnlyList<GitRecordedChange>? Pending(string workspaceRoot)
    {
        if (!Directory.Exists(workspaceRoot) || !Git(workspaceRoot, null, out _, "rev-parse", "--is-inside-work-tree"))
        {
            return null;
        }

        var head = Git(workspaceRoot, null, out var sha, "rev-parse", "--verify", "--quiet", "HEAD^{commit}") ? sha.Trim() : EmptyTree;
        if (!Git(workspaceRoot, null, out var indexPath, "rev-parse", "--git-path", "plcfleet-scope-index"))
        {
            return null;
        }

        var index = Path.GetFullPath(indexPath.Trim(), workspaceRoot);
        try
        {
            var environment = new Dictionary<string, string> { ["GIT_INDEX_FILE"] = index };
            if (!Git(workspaceRoot, environment, out _, "read-tree", head) || !Git(workspaceRoot, environment, out _, "add", "-A", "--", "."))
            {
                return null;
            }

            return Git(workspaceRoot, environment, out var raw, "diff-index", "--cached", "--raw", "-z", "--no-renames", "--relative", head)
                ? ParseRaw(raw)
                : null;
        }
        finally
        {
            File.Delete(index);
        }
    }

    /// <summary>What a commit records against its base: every path and mode of <c>git diff --raw</c> between the two.</summary>
    public static IReadOnlyList<GitRecordedChange>? Between(string repositoryFolder, string from, string to) =>
        Git(repositoryFolder, null, out var raw, "diff", "--raw", "-z", "--no-renames", "--no-abbrev", from, to) ? ParseRaw(raw) : null;

    /// <summary>The changes no migration may commit: gitlinks, symbolic links, anything under a .git segment, .gitmodules.</summary>
    public static IEnumerable<GitRecordedChange> Forbidden(IEnumerable<GitRecordedChange> changes) =>
        changes.Where(c => c.Status != 'D' && (c.IsGitlink || c.IsSymlink
            || c.Path.Split('/').Any(segment => segment.Equals(".git", StringComparison.OrdinalIgnoreCase))
            || c.Path.Equals(".gitmodules", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Reads <c>git diff --raw -z</c> output: ":old new oldsha newsha S\0path\0" per path.</summary>
    public static IReadOnlyList<GitRecordedChange> ParseRaw(string raw)
    {
        var changes = new List<GitRecordedChange>();
        var parts = raw.Split('\0');
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            var header = parts[i].TrimStart(':').Split(' ');
            if (header.Length < 5 || header[4].Length == 0)
            {
                break;
            }

            changes.Add(new GitRecordedChange(parts[i + 1], header[0], header[1], header[4][0]));
        }

        return changes;
    }

    private static bool Git(string folder, IReadOnlyDictionary<string, string>? environment, out string output, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                output = "";
                return false;
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            output = process.ExitCode == 0 ? stdout.Result : stderr.Result;
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output = "git is not installed";
            return false;
        }
    }
}
