using System.Runtime.Versioning;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.EndToEnd.Tests.Review;

/// <summary>
/// The plcfleet process dies with <c>kill -9</c> in the middle of a deploy or rollback, killed by a git hook in the
/// site repository at a precise point of the merge; the next plcfleet command must settle it from git, once, and say so.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class RolloutCrashTests : IDisposable
{
    /// <summary>What .NET reports for a child process ended by SIGKILL (128 + 9).</summary>
    private const int KilledBySigKill = 137;

    private readonly CrashFleet _fleet = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Killed_after_the_merge_landed_the_deploy_is_recorded_once_as_recovered_and_not_merged_again(bool hotfixOnRelease)
    {
        // Without a hotfix the deploy fast-forwards release; with one it is a merge commit. post-merge runs after either.
        var cr = await _fleet.ApprovedChangeRequestAsync(hotfixOnRelease);
        var hook = KillHook.Install(_fleet.SiteRepository, "post-merge");

        var killed = _fleet.AsErik("rollout", "deploy", $"CR-{cr}");

        Assert.True(hook.Fired, killed.ToString());
        Assert.Equal(KilledBySigKill, killed.ExitCode);
        var landed = _fleet.ReleaseHead();
        Assert.Contains(hotfixOnRelease ? $"Deploy CR-{cr}" : "E-stop from channel 1", _fleet.Git.Run("log", "-1", "--format=%s", landed));
        Assert.NotEmpty(_fleet.ExtraWorktrees());
        Assert.Empty(await _fleet.DeploymentsAsync(cr));
        Assert.Equal(1, await _fleet.OpenIntentCountAsync());
        hook.Remove();

        var status = _fleet.Cli("rollout", "status", "--migration", "guard-monitor");

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains($"recovered: CR-{cr}: an interrupted deploy to lyon-l1 had reached release ({landed[..10]}", status.StdOut);
        Assert.Contains($"CR-{cr} deployed", status.StdOut);
        var deployment = Assert.Single(await _fleet.DeploymentsAsync(cr));
        Assert.Equal(DeploymentOutcome.Deployed, deployment.Outcome);
        Assert.Contains(landed, deployment.Notes, StringComparison.Ordinal);
        var audited = Assert.Single(await _fleet.AuditAsync(AuditActions.ChangeRequestDeployed));
        Assert.Contains("\"recovered\":true", audited.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"deployedBy\":\"erik\"", audited.DetailsJson, StringComparison.Ordinal);
        Assert.Contains($"\"mode\":\"{(hotfixOnRelease ? "MergeCommit" : "FastForward")}\"", audited.DetailsJson, StringComparison.Ordinal);
        Assert.Equal(0, await _fleet.OpenIntentCountAsync());
        Assert.Empty(_fleet.ExtraWorktrees());
        var verify = _fleet.Cli("audit", "verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());

        var commits = _fleet.ReleaseCommitCount();
        var again = _fleet.AsErik("rollout", "deploy", $"CR-{cr}");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"CR-{cr} is already deployed to lyon-l1", again.StdErr);
        Assert.DoesNotContain("recovered:", again.StdOut);
        Assert.Equal(landed, _fleet.ReleaseHead());
        Assert.Equal(commits, _fleet.ReleaseCommitCount());
        Assert.Single(await _fleet.DeploymentsAsync(cr));

        // The recovered record says exactly what reached the line, so a rollback can take exactly that off again.
        var rollback = _fleet.AsErik("rollout", "rollback", $"CR-{cr}", "--reason", "channel 2 wiring not yet installed");
        Assert.True(rollback.ExitCode == 0, rollback.ToString());
        Assert.Contains("EStop_OK := FALSE;", _fleet.OnRelease("src/PRG_EStop.st"));
        Assert.Contains(hotfixOnRelease ? "Speed := 80;" : "Speed := 100;", _fleet.OnRelease("src/PRG_Conveyor.st"));
    }

    [Fact]
    public async Task Killed_before_the_release_branch_moved_the_intent_is_dropped_and_a_second_deploy_succeeds()
    {
        // A hotfix already on release makes the deploy a merge commit, so pre-merge-commit runs before the branch moves.
        var cr = await _fleet.ApprovedChangeRequestAsync(hotfixOnRelease: true);
        var hotfix = _fleet.ReleaseHead();
        var hook = KillHook.Install(_fleet.SiteRepository, "pre-merge-commit", exitCode: 1);

        var killed = _fleet.AsErik("rollout", "deploy", $"CR-{cr}");

        Assert.True(hook.Fired, killed.ToString());
        Assert.Equal(KilledBySigKill, killed.ExitCode);
        Assert.Equal(hotfix, _fleet.ReleaseHead());
        Assert.Equal(1, await _fleet.OpenIntentCountAsync());
        hook.Remove();

        var status = _fleet.Cli("rollout", "status", "--migration", "guard-monitor");

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains($"recovered: CR-{cr}: an interrupted deploy to lyon-l1 never reached release; dropped it", status.StdOut);
        Assert.Contains($"CR-{cr} approved", status.StdOut);
        Assert.Empty(await _fleet.DeploymentsAsync(cr));
        var abandoned = Assert.Single(await _fleet.AuditAsync(AuditActions.DeploymentAbandoned));
        Assert.Contains($"\"releaseHead\":\"{hotfix}\"", abandoned.DetailsJson, StringComparison.Ordinal);
        Assert.Empty(await _fleet.AuditAsync(AuditActions.ChangeRequestDeployed));
        Assert.Equal(0, await _fleet.OpenIntentCountAsync());
        Assert.Empty(_fleet.ExtraWorktrees());
        var verify = _fleet.Cli("audit", "verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());

        var second = _fleet.AsErik("rollout", "deploy", $"CR-{cr}");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"CR-{cr} deployed to lyon-l1", second.StdOut);
        Assert.Contains("merge commit", second.StdOut);
        var merged = _fleet.ReleaseHead();
        Assert.Equal(hotfix, _fleet.Git.Run("rev-parse", merged + "^1").Trim());
        var deployment = Assert.Single(await _fleet.DeploymentsAsync(cr));
        Assert.Equal(DeploymentOutcome.Deployed, deployment.Outcome);
        Assert.Single(await _fleet.AuditAsync(AuditActions.ChangeRequestDeployed));
    }

    [Fact]
    public async Task Killed_after_the_revert_landed_the_rollback_is_recorded_once_as_recovered()
    {
        var cr = await _fleet.ApprovedChangeRequestAsync();
        var deployed = _fleet.AsErik("rollout", "deploy", $"CR-{cr}");
        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        var deployedHead = _fleet.ReleaseHead();
        var hook = KillHook.Install(_fleet.SiteRepository, "post-commit");

        var killed = _fleet.AsErik("rollout", "rollback", $"CR-{cr}", "--reason", "guard door alarm chatters on channel 2");

        Assert.True(hook.Fired, killed.ToString());
        Assert.Equal(KilledBySigKill, killed.ExitCode);
        var revert = _fleet.ReleaseHead();
        Assert.NotEqual(deployedHead, revert);
        Assert.StartsWith($"Roll back CR-{cr} (", _fleet.Git.Run("log", "-1", "--format=%s", revert));
        Assert.Equal(1, await _fleet.OpenIntentCountAsync());
        hook.Remove();

        var status = _fleet.Cli("rollout", "status", "--migration", "guard-monitor");

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Empty(_fleet.ExtraWorktrees());
        Assert.Contains($"recovered: CR-{cr}: an interrupted rollback on lyon-l1 had reached release ({revert[..10]}", status.StdOut);
        Assert.Contains($"CR-{cr} rolled back", status.StdOut);
        var deployments = await _fleet.DeploymentsAsync(cr);
        Assert.Equal([DeploymentOutcome.Deployed, DeploymentOutcome.RolledBack], deployments.Select(d => d.Outcome));
        Assert.Contains(revert, deployments[1].Notes, StringComparison.Ordinal);
        var audited = Assert.Single(await _fleet.AuditAsync(AuditActions.ChangeRequestRolledBack));
        Assert.Contains("\"recovered\":true", audited.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("guard door alarm chatters on channel 2", audited.DetailsJson, StringComparison.Ordinal);
        var verify = _fleet.Cli("audit", "verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());

        var again = _fleet.AsErik("rollout", "rollback", $"CR-{cr}", "--reason", "once more");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("not deployed", again.StdErr);
        Assert.Equal(revert, _fleet.ReleaseHead());
        Assert.Equal(2, (await _fleet.DeploymentsAsync(cr)).Count);
        Assert.Contains("EStop_OK := FALSE;", _fleet.OnRelease("src/PRG_EStop.st"));
    }

    [Fact]
    public async Task Killed_before_the_revert_was_committed_the_change_is_still_deployed_and_a_second_rollback_succeeds()
    {
        var cr = await _fleet.ApprovedChangeRequestAsync();
        var deployed = _fleet.AsErik("rollout", "deploy", $"CR-{cr}");
        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        var deployedHead = _fleet.ReleaseHead();
        // pre-commit runs once the revert is staged in plcfleet's merge worktree and before the commit moves release.
        var hook = KillHook.Install(_fleet.SiteRepository, "pre-commit", exitCode: 1);

        var killed = _fleet.AsErik("rollout", "rollback", $"CR-{cr}", "--reason", "guard door alarm chatters on channel 2");

        Assert.True(hook.Fired, killed.ToString());
        Assert.Equal(KilledBySigKill, killed.ExitCode);
        Assert.Equal(deployedHead, _fleet.ReleaseHead());
        Assert.Equal(1, await _fleet.OpenIntentCountAsync());
        hook.Remove();

        var status = _fleet.Cli("rollout", "status", "--migration", "guard-monitor");

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains($"recovered: CR-{cr}: an interrupted rollback on lyon-l1 never reached release; the change is still deployed", status.StdOut);
        Assert.Contains($"CR-{cr} deployed", status.StdOut);
        Assert.Empty(_fleet.ExtraWorktrees());
        Assert.Single(await _fleet.AuditAsync(AuditActions.RollbackAbandoned));
        Assert.Empty(await _fleet.AuditAsync(AuditActions.ChangeRequestRolledBack));
        Assert.Equal([DeploymentOutcome.Deployed], (await _fleet.DeploymentsAsync(cr)).Select(d => d.Outcome));
        var verify = _fleet.Cli("audit", "verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());

        var second = _fleet.AsErik("rollout", "rollback", $"CR-{cr}", "--reason", "guard door alarm chatters on channel 2");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"CR-{cr} rolled back on lyon-l1", second.StdOut);
        Assert.Equal(deployedHead, _fleet.Git.Run("rev-parse", _fleet.ReleaseHead() + "^1").Trim());
        Assert.Contains("EStop_OK := FALSE;", _fleet.OnRelease("src/PRG_EStop.st"));
        Assert.Single(await _fleet.AuditAsync(AuditActions.ChangeRequestRolledBack));
    }

    public void Dispose() => _fleet.Dispose();
}
