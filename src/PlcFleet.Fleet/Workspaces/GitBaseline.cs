using PlcFleet.Fleet.Git;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.Workspaces;

/// <summary>
/// The committed state of a repository (a ref, HEAD by default) checked out in a temporary detached worktree,
/// so uncommitted work can be compared with it. Disposing removes the worktree.
/// </summary>
public sealed class GitBaseline : IDisposable
{
    private readonly GitRepository repository;

    private readonly string worktree;

    private GitBaseline(GitRepository repository, string worktree, string root)
    {
        this.repository = repository;
        this.worktree = worktree;
        Root = root;
    }

    /// <summary>The same folder as the one asked for, inside the baseline checkout (a site can be a sub-folder of its repository).</summary>
    public string Root { get; }

    /// <summary>Null with a reason when <paramref name="folder"/> is not in a git repository or the ref does not exist.</summary>
    public static GitBaseline? TryCreate(string folder, string gitRef, out string? error)
    {
        var probe = new GitRepository(folder);
        if (!probe.TryRun(out var top, "rev-parse", "--show-toplevel"))
        {
            error = $"{folder} is not inside a git repository; give a baseline folder instead";
            return null;
        }

        var repository = new GitRepository(top.Trim());
        if (!repository.TryRun(out _, "rev-parse", "--verify", "--quiet", gitRef + "^{commit}"))
        {
            error = $"'{gitRef}' is not a commit in {repository.Root}";
            return null;
        }

        var worktree = PrivateTemp.NewPath("baseline");
        if (!repository.TryRun(out var output, "worktree", "add", "-q", "--detach", worktree, gitRef))
        {
            error = $"could not check out {gitRef}: {output.Trim()}";
            return null;
        }

        // The worktree's ".git" link file is not site code; left in place it would read as a deleted file.
        File.Delete(Path.Combine(worktree, ".git"));
        error = null;
        var relative = Path.GetRelativePath(repository.Root, Path.GetFullPath(folder));
        return new GitBaseline(repository, worktree, relative == "." ? worktree : Path.Combine(worktree, relative));
    }

    public void Dispose()
    {
        if (Directory.Exists(worktree))
        {
            Directory.Delete(worktree, recursive: true);
        }

        // With its folder gone, prune drops git's record of the worktree.
        repository.RemoveWorktree(worktree);
    }
}
