using PlcFleet.Fleet.Git;

namespace PlcFleet.Fleet.Rollout;

/// <summary>
/// A site's release branch (what goes onto the controller). Merges and reverts happen in a short-lived worktree, so
/// the engineers' checked-out working tree is never touched.
/// </summary>
public sealed class ReleaseBranch(GitRepository repository, string name = ReleaseBranch.DefaultName)
{
    public const string DefaultName = "release";

    public string Name { get; } = name;

    public string? Head() => repository.BranchExists(Name) ? repository.ResolveBranch(Name) : null;

    /// <summary>
    /// The release head a merge of <paramref name="commit"/> will start from. A missing release branch is created at the
    /// change's base (its merge base with the repository's HEAD), so a release intent always names a real commit.
    /// </summary>
    public string Prepare(string commit)
    {
        if (!repository.BranchExists(Name))
        {
            var changeBase = repository.Run("merge-base", "HEAD", commit).Trim();
            repository.Run("branch", Name, changeBase);
        }

        return repository.ResolveBranch(Name);
    }

    /// <summary>
    /// What a merge of <paramref name="commit"/> made of the branch after <paramref name="before"/>, found from git
    /// alone: the first step of the branch's first-parent line that contains the commit (the commit itself after a
    /// fast-forward, else the merge commit). Null when the branch never received it after <paramref name="before"/>.
    /// </summary>
    public ReleaseMerge? FindMerge(string before, string commit)
    {
        if (!repository.BranchExists(Name)
            || repository.TryRun(out _, "merge-base", "--is-ancestor", commit, before)
            || !repository.TryRun(out _, "merge-base", "--is-ancestor", commit, "refs/heads/" + Name))
        {
            return null;
        }

        foreach (var step in Lines(repository.Run("rev-list", "--first-parent", "--reverse", $"{before}..refs/heads/{Name}")))
        {
            if (repository.TryRun(out _, "merge-base", "--is-ancestor", commit, step))
            {
                return new ReleaseMerge(Name, before, step, step == commit ? ReleaseMergeMode.FastForward : ReleaseMergeMode.MergeCommit);
            }
        }

        return null;
    }

    /// <summary>The first commit on the branch's first-parent line after <paramref name="before"/> whose subject starts with <paramref name="subjectPrefix"/>.</summary>
    public string? FindCommit(string before, string subjectPrefix)
    {
        if (!repository.BranchExists(Name) || !repository.TryRun(out var log, "log", "--first-parent", "--reverse", "--format=%H %s", $"{before}..refs/heads/{Name}"))
        {
            return null;
        }

        return Lines(log)
            .Select(line => line.Split(' ', 2))
            .FirstOrDefault(parts => parts.Length == 2 && parts[1].StartsWith(subjectPrefix, StringComparison.Ordinal))?[0];
    }

    /// <summary>
    /// Removes the merge worktrees a killed plcfleet left behind: they keep the release branch checked out, and git
    /// refuses a second checkout. Only safe under the <see cref="ReleaseLock"/>, when no live merge can own one.
    /// </summary>
    public void RemoveLeftoverWorktrees()
    {
        repository.TryRun(out _, "worktree", "prune");
        if (!repository.TryRun(out var list, "worktree", "list", "--porcelain"))
        {
            return;
        }

        foreach (var line in Lines(list).Where(l => l.StartsWith("worktree ", StringComparison.Ordinal)))
        {
            var path = line["worktree ".Length..];
            if (Path.GetFullPath(path).StartsWith(WorktreeRoot, StringComparison.Ordinal))
            {
                repository.RemoveWorktree(path);
            }
        }
    }

    private static string WorktreeRoot => Path.Combine(Path.GetFullPath(Path.GetTempPath()), "plcfleet-release") + Path.DirectorySeparatorChar;

    /// <summary>
    /// The merge worktrees' folder, owner-only (0700): a merge checks out a site's whole controller project. It keeps a
    /// fixed name so that recovery finds the worktrees a killed process left; an existing folder is narrowed to 0700.
    /// </summary>
    private static string PrivateWorktreeRoot()
    {
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            Directory.CreateDirectory(WorktreeRoot, OwnerOnly);
            File.SetUnixFileMode(WorktreeRoot, OwnerOnly);
        }

        return WorktreeRoot;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Merges <paramref name="commit"/>: fast-forward when the release branch has not moved on, else a merge commit.
    /// A missing release branch is created at the change's base (its merge base with the repository's HEAD).
    /// When git cannot merge cleanly the merge is aborted and its worktree removed, so the release branch stays where
    /// it was and no half-merged files are left anywhere; <paramref name="failure"/> names the conflicting files.
    /// </summary>
    public ReleaseMerge? Merge(string commit, string message, out ReleaseMergeFailure? failure)
    {
        var before = Prepare(commit);
        if (repository.TryRun(out _, "merge-base", "--is-ancestor", commit, before))
        {
            // Already there (a second deploy of the same change racing the first): nothing to merge, nothing to record as deployed.
            failure = new ReleaseMergeFailure($"commit {commit[..Math.Min(10, commit.Length)]} is already on {Name}", []);
            return null;
        }

        IReadOnlyList<string> conflicts = [];
        var after = InWorktree(
            worktree =>
            {
                if (worktree.TryRun(out var output, "merge", "--no-edit", "-m", message, commit))
                {
                    return worktree.Head();
                }

                conflicts = worktree.TryRun(out var unmerged, "diff", "--name-only", "--diff-filter=U")
                    ? unmerged.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : [];
                worktree.TryRun(out _, "merge", "--abort");
                throw new GitException(output.Trim());
            },
            out var problem);
        if (after is null)
        {
            failure = new ReleaseMergeFailure(
                conflicts.Count > 0 ? $"{Name} has moved on and the change conflicts with it in {string.Join(", ", conflicts)}" : problem,
                conflicts);
            return null;
        }

        failure = null;
        var mode = after == commit ? ReleaseMergeMode.FastForward : ReleaseMergeMode.MergeCommit;
        return new ReleaseMerge(Name, before, after, mode);
    }

    /// <summary>One revert commit on the release branch that undoes everything <paramref name="merge"/> brought.</summary>
    public string? Revert(ReleaseMerge merge, string message, out string problem) =>
        InWorktree(
            worktree =>
            {
                var reverted = merge.Mode == ReleaseMergeMode.MergeCommit
                    ? worktree.TryRun(out var output, "revert", "--no-commit", "-m", "1", merge.After)
                    : worktree.TryRun(out output, "revert", "--no-commit", $"{merge.Before}..{merge.After}");
                if (!reverted)
                {
                    worktree.TryRun(out _, "revert", "--abort");
                    throw new GitException(output.Trim());
                }

                return worktree.CommitAll(message);
            },
            out problem);

    private string? InWorktree(Func<GitRepository, string> work, out string problem)
    {
        var path = Path.Combine(PrivateWorktreeRoot(), Guid.NewGuid().ToString("N")[..12]);
        problem = "";
        try
        {
            if (!repository.TryRun(out var output, "worktree", "add", "-q", path, Name))
            {
                problem = $"cannot check out {Name}: {output.Trim()}";
                return null;
            }

            return work(new GitRepository(path));
        }
        catch (GitException e)
        {
            problem = e.Message;
            return null;
        }
        finally
        {
            repository.RemoveWorktree(path);
        }
    }
}
