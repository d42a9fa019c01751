using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Rollout;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Tests.Review;

namespace PlcFleet.Fleet.Tests.Rollout;

/// <summary>
/// A deploy or rollback whose process dies between git and the store. The crash is simulated by writing the release
/// intent and then moving the release branch with git directly, as the dead process would have; the next rollout
/// command must record what git shows, exactly once.
/// </summary>
public sealed class ReleaseIntentRecoveryTests : IDisposable
{
    private const string Site = "lyon-l1";
    private readonly ReviewFleet _fleet = new();

    private GitRepository Repository => _fleet.Repository(Site);

    [Fact]
    public async Task A_deploy_that_died_after_the_merge_is_recorded_once_by_the_next_status()
    {
        var cr = await ApprovedChangeAsync();
        var before = await OpenDeployIntentAsync(cr);
        Repository.Run("branch", "-f", "release", cr.CommitSha);

        var status = await _fleet.Rollout.StatusAsync("guard-monitor");
        var again = await _fleet.Rollout.StatusAsync("guard-monitor");

        var deployment = Assert.Single(await _fleet.Store.ListDeploymentsAsync(cr.Id));
        Assert.Equal((DeploymentOutcome.Deployed, "erik", "pilot"), (deployment.Outcome, deployment.DeployedBy, deployment.Wave));
        Assert.Equal(new ReleaseMerge("release", before, cr.CommitSha, ReleaseMergeMode.FastForward), ReleaseMerge.TryParse(deployment.Notes));
        Assert.Equal(ChangeRequestState.Deployed, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
        Assert.Empty(await _fleet.Store.ListOpenReleaseIntentsAsync());
        var audit = Assert.Single(await _fleet.Store.Audit.ReadAllAsync(), r => r.Action == AuditActions.ChangeRequestDeployed);
        Assert.Contains("\"recovered\":true", audit.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"approvedBy\":[\"marta\"]", audit.DetailsJson, StringComparison.Ordinal);
        Assert.Contains($"CR-{cr.Id}: an interrupted deploy to lyon-l1 had reached release", Assert.Single(status.Recovered));
        Assert.Empty(again.Recovered);
        Assert.True((await _fleet.Store.Audit.VerifyAsync()).IsValid);
    }

    [Fact]
    public async Task A_recovered_deploy_can_be_rolled_back_to_the_code_before_it()
    {
        var cr = await ApprovedChangeAsync();
        await OpenDeployIntentAsync(cr);
        Repository.Run("branch", "-f", "release", cr.CommitSha);

        var rollback = await _fleet.Rollout.RollbackAsync(cr.Id, "erik", "guard monitor trips on door bounce");

        Assert.True(rollback.Succeeded, rollback.Refusal);
        Assert.Equal(ReviewFleet.GuardsBefore, Repository.Run("show", "release:src/PRG_Guards.st"));
        Assert.Equal([DeploymentOutcome.Deployed, DeploymentOutcome.RolledBack], (await _fleet.Store.ListDeploymentsAsync(cr.Id)).Select(d => d.Outcome));
    }

    [Fact]
    public async Task A_deploy_that_died_after_a_merge_commit_is_recorded_with_that_merge_commit()
    {
        Repository.Run("branch", "release", Repository.Head());
        var hotfix = Repository.AddWorktree(_fleet.Folder.Combine("work", "hotfix"), "release", Repository.Head());
        File.WriteAllText(Path.Combine(hotfix.Root, "src", "GVL_Alarms.st"), "VAR_GLOBAL\n    Alarm_ConveyorJam : BOOL;\nEND_VAR\n");
        hotfix.CommitAll("Hotfix: conveyor jam alarm");
        Repository.RemoveWorktree(hotfix.Root);
        var cr = await ApprovedChangeAsync();
        var before = await OpenDeployIntentAsync(cr);
        var merging = new GitRepository(_fleet.Folder.Combine("work", "crashed-merge"));
        Repository.Run("worktree", "add", "-q", merging.Root, "release");
        merging.Run("merge", "--no-edit", "-m", $"Deploy CR-{cr.Id}", cr.CommitSha);
        var mergeCommit = merging.Head();
        Repository.RemoveWorktree(merging.Root);

        await _fleet.Rollout.StatusAsync("guard-monitor");
        var rollback = await _fleet.Rollout.RollbackAsync(cr.Id, "erik", "guard monitor trips on door bounce");

        var deployed = (await _fleet.Store.ListDeploymentsAsync(cr.Id))[0];
        Assert.Equal(new ReleaseMerge("release", before, mergeCommit, ReleaseMergeMode.MergeCommit), ReleaseMerge.TryParse(deployed.Notes));
        Assert.True(rollback.Succeeded, rollback.Refusal);
        Assert.Equal(ReviewFleet.GuardsBefore, Repository.Run("show", "release:src/PRG_Guards.st"));
        Assert.Contains("Alarm_ConveyorJam", Repository.Run("show", "release:src/GVL_Alarms.st"));
    }

    [Fact]
    public async Task A_deploy_that_died_before_the_merge_is_dropped_and_can_be_deployed_again()
    {
        var cr = await ApprovedChangeAsync();
        var before = await OpenDeployIntentAsync(cr);

        var status = await _fleet.Rollout.StatusAsync("guard-monitor");

        Assert.Empty(await _fleet.Store.ListDeploymentsAsync(cr.Id));
        Assert.Equal(ChangeRequestState.Approved, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
        Assert.Empty(await _fleet.Store.ListOpenReleaseIntentsAsync());
        var audit = Assert.Single(await _fleet.Store.Audit.ReadAllAsync(), r => r.Action == AuditActions.DeploymentAbandoned);
        Assert.Contains("nothing reached the line", audit.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("never reached release", Assert.Single(status.Recovered));
        Assert.Equal(before, Repository.ResolveBranch("release"));

        var deploy = await _fleet.Rollout.DeployAsync(cr.Id, "erik");

        Assert.True(deploy.Succeeded, deploy.Refusal);
        Assert.Equal(DeploymentOutcome.Deployed, Assert.Single(await _fleet.Store.ListDeploymentsAsync(cr.Id)).Outcome);
    }

    [Fact]
    public async Task A_merge_worktree_left_by_a_killed_deploy_does_not_block_the_next_deploy()
    {
        var cr = await ApprovedChangeAsync();
        await OpenDeployIntentAsync(cr);
        var leftover = Path.Combine(Path.GetTempPath(), "plcfleet-release", "killed-" + Guid.NewGuid().ToString("N")[..8]);
        Repository.Run("worktree", "add", "-q", leftover, "release");

        var deploy = await _fleet.Rollout.DeployAsync(cr.Id, "erik");

        Assert.True(deploy.Succeeded, deploy.Refusal);
        Assert.False(Directory.Exists(leftover));
        Assert.Equal(cr.CommitSha, Repository.ResolveBranch("release"));
    }

    [Fact]
    public async Task A_rollback_that_died_after_the_revert_is_recorded_as_rolled_back()
    {
        var cr = await ApprovedChangeAsync();
        var deploy = await _fleet.Rollout.DeployAsync(cr.Id, "erik");
        var merge = ReleaseMerge.TryParse(deploy.Deployment!.Notes)!;
        var release = new ReleaseBranch(Repository);
        await _fleet.Store.TryOpenReleaseIntentAsync(new NewReleaseIntent(
            cr.Id, Site, "pilot", ReleaseIntentKind.Rollback, "release", release.Head()!, cr.CommitSha, "erik", new ReleaseIntentNotes([], merge, "door bounce trips").ToJson()));
        var revert = release.Revert(merge, $"{RolloutService.RollbackSubject(cr.Id)}guard-monitor) on {Site}", out _);

        var status = await _fleet.Rollout.StatusAsync("guard-monitor");

        Assert.Equal(ChangeRequestState.RolledBack, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
        var rolledBack = (await _fleet.Store.ListDeploymentsAsync(cr.Id))[^1];
        Assert.Equal((DeploymentOutcome.RolledBack, revert), (rolledBack.Outcome, ReleaseMerge.TryParse(rolledBack.Notes)!.RevertCommit));
        var audit = Assert.Single(await _fleet.Store.Audit.ReadAllAsync(), r => r.Action == AuditActions.ChangeRequestRolledBack);
        Assert.Contains("\"recovered\":true", audit.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"door bounce trips\"", audit.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("recorded it as rolled back", Assert.Single(status.Recovered));
    }

    [Fact]
    public async Task A_rollback_that_died_before_the_revert_leaves_the_change_deployed()
    {
        var cr = await ApprovedChangeAsync();
        var deploy = await _fleet.Rollout.DeployAsync(cr.Id, "erik");
        var merge = ReleaseMerge.TryParse(deploy.Deployment!.Notes)!;
        await _fleet.Store.TryOpenReleaseIntentAsync(new NewReleaseIntent(
            cr.Id, Site, "pilot", ReleaseIntentKind.Rollback, "release", cr.CommitSha, cr.CommitSha, "erik", new ReleaseIntentNotes([], merge, "door bounce trips").ToJson()));

        var rollback = await _fleet.Rollout.RollbackAsync(cr.Id, "erik", "door bounce trips");

        Assert.True(rollback.Succeeded, rollback.Refusal);
        Assert.Single(await _fleet.Store.Audit.ReadAllAsync(), r => r.Action == AuditActions.RollbackAbandoned);
        Assert.Single(await _fleet.Store.ListDeploymentsAsync(cr.Id), d => d.Outcome == DeploymentOutcome.RolledBack);
    }

    [Fact]
    public async Task An_intent_whose_site_lock_is_held_belongs_to_a_live_deploy_and_is_left_alone()
    {
        var cr = await ApprovedChangeAsync();
        using (ReleaseLock.TryAcquire(Repository, TimeSpan.Zero))
        {
            await OpenDeployIntentAsync(cr);
            Repository.Run("branch", "-f", "release", cr.CommitSha);

            await _fleet.Rollout.StatusAsync("guard-monitor");

            Assert.Single(await _fleet.Store.ListOpenReleaseIntentsAsync());
            Assert.Empty(await _fleet.Store.ListDeploymentsAsync(cr.Id));
        }

        await _fleet.Rollout.StatusAsync("guard-monitor");

        Assert.Empty(await _fleet.Store.ListOpenReleaseIntentsAsync());
        Assert.Single(await _fleet.Store.ListDeploymentsAsync(cr.Id));
    }

    [Fact]
    public async Task Two_deploys_of_one_change_at_once_put_it_on_the_line_once()
    {
        var cr = await ApprovedChangeAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => _fleet.Rollout.DeployAsync(cr.Id, "erik"))));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(await _fleet.Store.ListDeploymentsAsync(cr.Id));
        Assert.Equal(cr.CommitSha, Repository.ResolveBranch("release"));
    }

    private async Task<ChangeRequestRecord> ApprovedChangeAsync()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync(Site);
        Assert.True((await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "dual channel kept")).Succeeded);
        Assert.True((await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik")).Succeeded);
        return cr;
    }

    /// <summary>What DeployAsync writes before it touches git; returns the release head it starts from.</summary>
    private async Task<string> OpenDeployIntentAsync(ChangeRequestRecord cr)
    {
        var before = new ReleaseBranch(Repository).Prepare(cr.CommitSha);
        Assert.NotNull(await _fleet.Store.TryOpenReleaseIntentAsync(new NewReleaseIntent(
            cr.Id, Site, "pilot", ReleaseIntentKind.Deploy, "release", before, cr.CommitSha, "erik", new ReleaseIntentNotes(["marta"]).ToJson())));
        return before;
    }

    public void Dispose() => _fleet.Dispose();
}
