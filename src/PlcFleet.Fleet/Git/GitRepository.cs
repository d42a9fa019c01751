using System.Diagnostics;

namespace PlcFleet.Fleet.Git;

/// <summary>
/// A site repository driven through the git command line (faster than LibGit2Sharp here, and it runs hooks).
/// Every call is one git process with a fixed identity, so commits made by PlcFleet are recognisable and reproducible.
/// </summary>
public sealed class GitRepository(string root)
{
    public const string AuthorName = "PlcFleet";
    public const string AuthorEmail = "plcfleet@localhost";

    public string Root { get; } = Path.GetFullPath(root);

    public static bool IsRepository(string folder) =>
        Directory.Exists(folder) && (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git")));

    /// <summary>Makes a folder a repository with everything in it committed on <paramref name="branch"/>.</summary>
    public static GitRepository Init(string folder, string branch = "main", string message = "Initial import")
    {
        var repository = new GitRepository(folder);
        repository.Run("init", "-q", "-b", branch);
        repository.Run("add", "-A");
        repository.Run("commit", "-q", "--allow-empty", "-m", message);
        return repository;
    }

    public string Head() => Run("rev-parse", "HEAD").Trim();

    public string CurrentBranch() => Run("rev-parse", "--abbrev-ref", "HEAD").Trim();

    public bool BranchExists(string branch) => TryRun(out _, "rev-parse", "--verify", "--quiet", "refs/heads/" + branch);

    public string ResolveBranch(string branch) => Run("rev-parse", "refs/heads/" + branch).Trim();

    /// <summary>Uncommitted changes (tracked or untracked files); a dirty site repository is not migrated.</summary>
    public bool IsDirty() => Run("status", "--porcelain").Length > 0;

    /// <summary>Adds a worktree on a new branch starting at <paramref name="startPoint"/> (an isolated workspace).</summary>
    public GitRepository AddWorktree(string path, string branch, string startPoint)
    {
        Run("worktree", "add", "-q", "-B", branch, path, startPoint);
        return new GitRepository(path);
    }

    public void RemoveWorktree(string path)
    {
        TryRun(out _, "worktree", "remove", "--force", path);
        TryRun(out _, "worktree", "prune");
    }

    /// <summary>Stages everything and commits; returns the new commit's sha.</summary>
    public string CommitAll(string message)
    {
        Run("add", "-A");
        Run("commit", "-q", "-m", message);
        return Head();
    }

    public string Diff(string from, string to) => Run("diff", "--no-color", from, to);

    public string DiffStat(string from, string to) => Run("diff", "--stat", "--no-color", from, to);

    /// <summary>A file's bytes as a commit records them (encodings and line ends untouched), or null when the commit has no such file.</summary>
    public byte[]? ReadFile(string commit, string path)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "cat-file", "blob", $"{commit}:{path}" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start) ?? throw new GitException("git could not be started; is it installed?");
        using var bytes = new MemoryStream();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        process.WaitForExit();
        _ = stderr.Result;
        return process.ExitCode == 0 ? bytes.ToArray() : null;
    }

    public string Run(params string[] args)
    {
        if (!TryRun(out var output, args))
        {
            throw new GitException($"git {string.Join(' ', args)} failed in {Root}: {output.Trim()}");
        }

        return output;
    }

    /// <summary>Runs git; on failure <paramref name="output"/> holds stderr.</summary>
    public bool TryRun(out string output, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A fixed identity and no user config: results must not depend on the machine's ~/.gitconfig.
        start.Environment["GIT_AUTHOR_NAME"] = AuthorName;
        start.Environment["GIT_AUTHOR_EMAIL"] = AuthorEmail;
        start.Environment["GIT_COMMITTER_NAME"] = AuthorName;
        start.Environment["GIT_COMMITTER_EMAIL"] = AuthorEmail;
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";

        using var process = Process.Start(start) ?? throw new GitException("git could not be started; is it installed?");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        output = process.ExitCode == 0 ? stdout.Result : stderr.Result + stdout.Result;
        return process.ExitCode == 0;
    }
}
