using PlcFleet.Fleet.Git;

namespace PlcFleet.Fleet.Workspaces;

/// <summary>
/// An isolated place for one site's change: a git worktree of the site repository on the migration branch,
/// started from the site's current HEAD. The site's own checkout is never touched.
/// </summary>
public sealed class SiteWorkspace
{
    private SiteWorkspace(GitRepository site, GitRepository worktree, string branch, string baseCommit)
    {
        Site = site;
        Worktree = worktree;
        Branch = branch;
        BaseCommit = baseCommit;
    }

    public GitRepository Site { get; }

    public GitRepository Worktree { get; }

    public string Root => Worktree.Root;

    public string Branch { get; }

    /// <summary>The site HEAD the change starts from; the change request's diff is taken against it.</summary>
    public string BaseCommit { get; }

    /// <summary>Creates the worktree at <paramref name="path"/>, first removing what a crashed earlier attempt left there.</summary>
    public static SiteWorkspace Create(string repositoryFolder, string path, string branch)
    {
        var site = new GitRepository(repositoryFolder);
        RemoveStale(site, path, branch);
        var baseCommit = site.Head();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var worktree = site.AddWorktree(path, branch, baseCommit);
        return new SiteWorkspace(site, worktree, branch, baseCommit);
    }

    /// <summary>Removes a leftover worktree and its branch (a site that was running when the process died).</summary>
    public static void RemoveStale(GitRepository site, string path, string branch)
    {
        RemoveLeftoverWorktree(site, path);
        if (site.BranchExists(branch))
        {
            site.Run("branch", "-D", branch);
        }
    }

    /// <summary>
    /// Removes a worktree folder a killed process left behind but keeps its branch: the process may have died
    /// after the branch became a change request and before it closed the workspace.
    /// </summary>
    public static void RemoveLeftoverWorktree(GitRepository site, string path)
    {
        site.RemoveWorktree(path);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        site.TryRun(out _, "worktree", "prune");
    }

    public bool HasChanges() => Worktree.IsDirty();

    /// <summary>Commits everything in the worktree; returns the commit sha.</summary>
    public string Commit(string message) => Worktree.CommitAll(message);

    public string DiffAgainstBase(string commit) => Site.Diff(BaseCommit, commit);

    /// <summary>Files and lines changed by <paramref name="commit"/>, as <c>git diff --stat</c> prints them.</summary>
    public string DiffStatAgainstBase(string commit) => Site.DiffStat(BaseCommit, commit).TrimEnd();

    /// <summary>Removes the worktree folder; the branch stays when it carries a change for review.</summary>
    public void Close(bool keepBranch)
    {
        Site.RemoveWorktree(Root);
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        if (!keepBranch && Site.BranchExists(Branch))
        {
            Site.TryRun(out _, "branch", "-D", Branch);
        }
    }
}
