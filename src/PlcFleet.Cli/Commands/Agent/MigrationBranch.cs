using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>
/// The isolated workspace of one agent session: a new branch <c>plcfleet/&lt;id&gt;-v&lt;version&gt;</c> checked out in its
/// own git worktree, so the site's checkout is never touched. Disposing removes the worktree; a branch that
/// received no commit is deleted with it.
/// </summary>
public sealed class MigrationBranch : IDisposable
{
    private readonly GitRepository repository;
    private bool committed;

    private MigrationBranch(GitRepository repository, GitRepository worktree, string name, string baseCommit)
    {
        this.repository = repository;
        Worktree = worktree;
        Name = name;
        BaseCommit = baseCommit;
    }

    public GitRepository Worktree { get; }

    public string Name { get; }

    public string BaseCommit { get; }

    public static string NameFor(Migration migration) => $"plcfleet/{migration.Id}-v{migration.Version}";

    public static MigrationBranch Create(GitRepository repository, Migration migration, string worktreePath)
    {
        var name = NameFor(migration);
        var baseCommit = repository.Head();
        var worktree = repository.AddWorktree(worktreePath, name, baseCommit);
        return new MigrationBranch(repository, worktree, name, baseCommit);
    }

    /// <summary>Commits the verified change; returns the commit sha.</summary>
    public string Commit(string message)
    {
        var sha = Worktree.CommitAll(message);
        committed = true;
        return sha;
    }

    public string DiffStat() => committed ? repository.DiffStat(BaseCommit, Name).TrimEnd() : "";

    public void Dispose()
    {
        repository.RemoveWorktree(Worktree.Root);
        if (!committed)
        {
            repository.TryRun(out _, "branch", "-D", Name);
        }
    }
}
