using PlcFleet.Fleet.Git;

namespace PlcFleet.Fleet.Tests.Git;

public sealed class GitRepositoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plcfleet-git-" + Guid.NewGuid().ToString("N")[..8]);

    public GitRepositoryTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "src"));
        File.WriteAllText(Path.Combine(_folder, "src", "PRG_Guard.st"), "PROGRAM PRG_Guard\nVAR Guard_OK : BOOL; END_VAR\nGuard_OK := FALSE;\nEND_PROGRAM\n");
    }

    [Fact]
    public void Init_commits_the_folder_and_a_worktree_branch_gets_its_own_commit()
    {
        var repository = GitRepository.Init(_folder);
        var baseline = repository.Head();
        Assert.False(repository.IsDirty());
        Assert.Equal("main", repository.CurrentBranch());

        var worktreePath = _folder + "-wt";
        var worktree = repository.AddWorktree(worktreePath, "plcfleet/guard-monitor", baseline);
        File.AppendAllText(Path.Combine(worktreePath, "src", "PRG_Guard.st"), "(* reviewed *)\n");
        var commit = worktree.CommitAll("guard-monitor v2");

        Assert.True(repository.BranchExists("plcfleet/guard-monitor"));
        Assert.Equal(commit, repository.ResolveBranch("plcfleet/guard-monitor"));
        Assert.Contains("+(* reviewed *)", repository.Diff(baseline, commit));
        Assert.Equal(baseline, repository.Head());
        repository.RemoveWorktree(worktreePath);
        Assert.False(Directory.Exists(worktreePath));
    }

    [Fact]
    public void Untracked_files_make_the_repository_dirty()
    {
        var repository = GitRepository.Init(_folder);
        File.WriteAllText(Path.Combine(_folder, "scratch.st"), "(* left over *)");
        Assert.True(repository.IsDirty());
    }

    [Fact]
    public void A_failing_command_names_the_command_and_gits_reason()
    {
        var repository = GitRepository.Init(_folder);
        var error = Assert.Throws<GitException>(() => repository.Run("rev-parse", "refs/heads/no-such-branch"));
        Assert.Contains("git rev-parse", error.Message);
        Assert.False(repository.BranchExists("no-such-branch"));
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _folder, _folder + "-wt" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
