using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Rollout;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Tests.Review;

namespace PlcFleet.Fleet.Tests.Rollout;

public sealed class RolloutServiceTests : IDisposable
{
    private readonly ReviewFleet _fleet = new();

    [Fact]
    public async Task An_approved_change_deploys_by_fast_forward_of_a_new_release_branch()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "ok");
        Assert.True((await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik")).Succeeded);

        var result = await _fleet.Rollout.DeployAsync(cr.Id, "erik");

        Assert.True(result.Succeeded, result.Refusal);
        Assert.Equal(cr.CommitSha, _fleet.Repository("lyon-l1").ResolveBranch("release"));
        Assert.Equal(ChangeRequestState.Deployed, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
        Assert.Equal(DeploymentOutcome.Deployed, Assert.Single(await _fleet.Store.ListDeploymentsAsync(cr.Id)).Outcome);
        Assert.Contains(await _fleet.Store.Audit.ReadAllAsync(), r => r.Action == AuditActions.ChangeRequestDeployed && r.Actor == "erik");
    }

    [Fact]
    public async Task A_mistyped_migration_starts_no_wave_and_names_the_migrations_that_ran()
    {
        await _fleet.AddUsersAsync();
        await _fleet.ChangeRequestAsync("lyon-l1");

        var result = await _fleet.Rollout.StartNextWaveAsync("guard-monitr", "erik");

        Assert.False(result.Succeeded);
        Assert.Equal("no migration 'guard-monitr' has run in this fleet; known migrations: guard-monitor", result.Refusal);
        Assert.Empty(await _fleet.Store.ListWaveStartsAsync("guard-monitr"));
        Assert.Equal("no migration 'guard-monitr' has run in this fleet; known migrations: guard-monitor", await _fleet.Rollout.UnknownMigrationAsync("guard-monitr"));
    }

    [Fact]
    public async Task Only_the_roles_the_rollout_rules_name_start_waves_deploy_and_roll_back_and_refusals_are_audited()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "ok");

        var adminStart = await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "ada");
        Assert.Equal("ada (admin) may not start wave pilot of guard-monitor: the rollout rules allow the site's owner (erik) or a safety engineer", adminStart.Refusal);
        Assert.True((await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik")).Succeeded);

        var notOwner = await _fleet.Rollout.DeployAsync(cr.Id, "olga");
        Assert.Equal($"olga (engineer) may not deploy CR-{cr.Id} on lyon-l1: the rollout rules allow the site's owner (erik) or a safety engineer", notOwner.Refusal);
        Assert.Equal(ChangeRequestState.Approved, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
        Assert.True((await _fleet.Rollout.DeployAsync(cr.Id, "erik")).Succeeded);
        Assert.Contains("may not roll back", (await _fleet.Rollout.RollbackAsync(cr.Id, "olga", "nuisance trips")).Refusal);

        var refusals = (await _fleet.Store.Audit.ReadAllAsync()).Where(r => r.Action == AuditActions.RolloutRefused).Select(r => r.Actor).ToList();
        Assert.Equal(["ada", "olga", "olga"], refusals);
    }

    [Fact]
    public async Task A_rollback_without_a_reason_is_refused()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "ok");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        await _fleet.Rollout.DeployAsync(cr.Id, "erik");

        var result = await _fleet.Rollout.RollbackAsync(cr.Id, "marta", "  ");

        Assert.Equal($"a rollback of CR-{cr.Id} needs a reason (what went wrong on the line)", result.Refusal);
        Assert.Equal(ChangeRequestState.Deployed, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
    }

    [Fact]
    public async Task A_release_branch_that_moved_on_gets_a_merge_commit()
    {
        await _fleet.AddUsersAsync();
        var repository = _fleet.Repository("lyon-l1");
        repository.Run("branch", "release", repository.Head());
        var hotfix = repository.AddWorktree(_fleet.Folder.Combine("work", "hotfix"), "release", repository.Head());
        File.WriteAllText(Path.Combine(hotfix.Root, "src", "GVL_Alarms.st"), "VAR_GLOBAL\n    Alarm_ConveyorJam : BOOL;\nEND_VAR\n");
        hotfix.CommitAll("Hotfix: conveyor jam alarm");
        repository.RemoveWorktree(hotfix.Root);
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "ok");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");

        var result = await _fleet.Rollout.DeployAsync(cr.Id, "erik");

        Assert.True(result.Succeeded, result.Refusal);
        var release = repository.ResolveBranch("release");
        Assert.NotEqual(cr.CommitSha, release);
        Assert.Equal(2, repository.Run("rev-list", "--parents", "-n", "1", release).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    [Fact]
    public async Task A_conflict_with_a_moved_release_branch_aborts_cleanly_and_is_recorded_as_failed()
    {
        await _fleet.AddUsersAsync();
        var repository = _fleet.Repository("lyon-l1");
        repository.Run("branch", "release", repository.Head());
        var hotfix = repository.AddWorktree(_fleet.Folder.Combine("work", "hotfix"), "release", repository.Head());
        File.WriteAllText(
            Path.Combine(hotfix.Root, "src", "PRG_Guards.st"),
            ReviewFleet.GuardsBefore.Replace("Guard_OK := GuardDoor_Ch1 AND GuardDoor_Ch2;", "Guard_OK := GuardDoor_Ch1 AND GuardDoor_Ch2 AND NOT Door3_Bypass;", StringComparison.Ordinal));
        var releaseBefore = hotfix.CommitAll("Hotfix on site: door 3 bypass during changeover");
        repository.RemoveWorktree(hotfix.Root);
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "ok");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");

        var result = await _fleet.Rollout.DeployAsync(cr.Id, "erik");

        Assert.False(result.Succeeded);
        Assert.Contains("conflicts with it in src/PRG_Guards.st", result.Refusal);
        Assert.Contains("release is unchanged", result.Refusal);
        Assert.Equal(releaseBefore, repository.ResolveBranch("release"));
        Assert.False(repository.IsDirty());
        Assert.Single(repository.Run("worktree", "list", "--porcelain").Split('\n'), l => l.StartsWith("worktree ", StringComparison.Ordinal));
        Assert.Contains("AND NOT Door3_Bypass;", repository.Run("show", "release:src/PRG_Guards.st"));
        Assert.DoesNotContain("<<<<<<<", repository.Run("show", "release:src/PRG_Guards.st"));
        Assert.Equal(ChangeRequestState.Approved, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
        var deployment = Assert.Single(await _fleet.Store.ListDeploymentsAsync(cr.Id));
        Assert.Equal((DeploymentOutcome.Failed, "erik"), (deployment.Outcome, deployment.DeployedBy));
        Assert.Equal(["src/PRG_Guards.st"], ReleaseMergeFailure.TryParse(deployment.Notes)!.ConflictingFiles);
        var audit = Assert.Single(await _fleet.Store.Audit.ReadAllAsync(), r => r.Action == AuditActions.DeploymentFailed);
        Assert.Contains("\"conflicts\":[\"src/PRG_Guards.st\"]", audit.DetailsJson, StringComparison.Ordinal);
        Assert.Contains($"approved CR-{cr.Id} (lyon-l1) not deployed yet", (await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik")).Refusal);
    }

    [Fact]
    public async Task A_commit_already_on_the_release_branch_is_not_merged_again()
    {
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        var release = new ReleaseBranch(_fleet.Repository("lyon-l1"));
        Assert.NotNull(release.Merge(cr.CommitSha, "first", out _));

        var again = release.Merge(cr.CommitSha, "second", out var failure);

        Assert.Null(again);
        Assert.Contains("is already on release", failure!.Problem);
        Assert.Equal(cr.CommitSha, release.Head());
    }

    [Fact]
    public async Task Nothing_unapproved_is_deployed()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");

        var result = await _fleet.Rollout.DeployAsync(cr.Id, "erik");

        Assert.Contains("is not approved: needs 0 of 1 approvals and a safety engineer's approval", result.Refusal);
        Assert.False(_fleet.Repository("lyon-l1").BranchExists("release"));
    }

    [Fact]
    public async Task A_state_column_set_to_approved_by_hand_does_not_deploy()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Store.SetChangeRequestStateAsync(cr.Id, ChangeRequestState.Approved);
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");

        var result = await _fleet.Rollout.DeployAsync(cr.Id, "erik");

        Assert.False(result.Succeeded);
        Assert.Equal(ChangeRequestState.Open, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
    }

    [Fact]
    public async Task A_commit_pushed_after_approval_is_caught_at_deploy_time()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "ok");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        _fleet.PushCommit("lyon-l1", cr.Branch);

        var result = await _fleet.Rollout.DeployAsync(cr.Id, "erik");

        Assert.Contains("is not the verified commit", result.Refusal);
        Assert.False(_fleet.Repository("lyon-l1").BranchExists("release"));
        Assert.Contains(await _fleet.Store.Audit.ReadAllAsync(), r => r.Action == AuditActions.ApprovalVoided);
    }

    [Fact]
    public async Task Waves_are_gated_pilot_first()
    {
        await _fleet.AddUsersAsync();
        var pilot = await _fleet.ChangeRequestAsync("lyon-l1");
        var early = await _fleet.ChangeRequestAsync("porto-l1");
        await _fleet.Reviews.ApproveAsync(pilot.Id, "marta", "ok");
        await _fleet.Reviews.ApproveAsync(early.Id, "marta", "ok");

        Assert.Contains("wave early of guard-monitor has not started", (await _fleet.Rollout.DeployAsync(early.Id, "erik")).Refusal);
        Assert.Contains("wave pilot of guard-monitor has not started", (await _fleet.Rollout.DeployAsync(pilot.Id, "erik")).Refusal);
        Assert.True((await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik")).Succeeded);

        var tooEarly = await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        Assert.Contains($"approved CR-{pilot.Id} (lyon-l1) not deployed yet", tooEarly.Refusal);

        Assert.True((await _fleet.Rollout.DeployAsync(pilot.Id, "erik")).Succeeded);
        var next = await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        Assert.True(next.Succeeded, next.Refusal);
        Assert.True((await _fleet.Rollout.DeployAsync(early.Id, "erik")).Succeeded);

        var status = await _fleet.Rollout.StatusAsync("guard-monitor");
        Assert.All(status.Waves, w => Assert.True(w.Started));
        Assert.Equal(2, (await _fleet.Store.Audit.ReadAllAsync()).Count(r => r.Action == AuditActions.WaveStarted));
    }

    [Fact]
    public async Task A_rollback_in_the_pilot_stops_the_next_wave_and_leaves_a_revert_commit()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "ok");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        await _fleet.Rollout.DeployAsync(cr.Id, "erik");

        var rollback = await _fleet.Rollout.RollbackAsync(cr.Id, "marta", "nuisance trips on door 3 during changeover");

        Assert.True(rollback.Succeeded, rollback.Refusal);
        var repository = _fleet.Repository("lyon-l1");
        var release = repository.ResolveBranch("release");
        Assert.Contains("Roll back CR-", repository.Run("log", "-1", "--format=%B", release));
        Assert.Equal(ReviewFleet.GuardsBefore, repository.Run("show", $"{release}:src/PRG_Guards.st"));
        Assert.Equal(ChangeRequestState.RolledBack, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
        Assert.Contains("was rolled back in wave pilot", (await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik")).Refusal);
        Assert.Contains(await _fleet.Store.Audit.ReadAllAsync(), r => r.Action == AuditActions.ChangeRequestRolledBack && r.Actor == "marta");
    }

    [Fact]
    public async Task A_running_line_outside_its_maintenance_window_is_refused()
    {
        await _fleet.AddUsersAsync();
        var pilot = await _fleet.ChangeRequestAsync("lyon-l1", safetyRelated: false);
        await _fleet.Reviews.ApproveAsync(pilot.Id, "erik", "ok");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        await _fleet.Rollout.DeployAsync(pilot.Id, "erik");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        var gent = await _fleet.ChangeRequestAsync("gent-a1", safetyRelated: false);
        await _fleet.Reviews.ApproveAsync(gent.Id, "erik", "ok");

        var refused = await _fleet.Rollout.DeployAsync(gent.Id, "erik");

        Assert.Contains("line gent-a1 is running", refused.Refusal);
        Assert.False(_fleet.Repository("gent-a1").BranchExists("release"));
    }

    [Fact]
    public async Task The_next_wave_waits_while_a_pilot_change_is_still_in_review()
    {
        await _fleet.AddUsersAsync();
        var pilot = await _fleet.ChangeRequestAsync("lyon-l1");
        Assert.True((await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik")).Succeeded);

        var refused = await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");

        Assert.Contains($"wave early cannot start: wave pilot is not complete: CR-{pilot.Id} (lyon-l1) still waiting for review", refused.Refusal);
        Assert.Equal(["pilot"], (await _fleet.Store.ListWaveStartsAsync("guard-monitor")).Select(w => w.Wave));
    }

    [Fact]
    public async Task Wave_starts_come_from_their_own_records_not_from_audit_text()
    {
        await _fleet.AddUsersAsync();
        var early = await _fleet.ChangeRequestAsync("porto-l1", safetyRelated: false);
        await _fleet.Reviews.ApproveAsync(early.Id, "erik", "ok");

        // An audit record that merely looks like a wave start does not release the wave.
        await _fleet.Store.Audit.AppendAsync("erik", AuditActions.WaveStarted, "guard-monitor/early", new { migration = "guard-monitor", wave = "early" });
        Assert.Contains("wave early of guard-monitor has not started", (await _fleet.Rollout.DeployAsync(early.Id, "erik")).Refusal);

        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "marta");
        var status = await _fleet.Rollout.StatusAsync("guard-monitor");
        Assert.Equal(("marta", _fleet.Clock.GetUtcNow()), (status.Waves[0].Start!.StartedBy, status.Waves[0].Start!.StartedUtc));
        Assert.False(status.Waves[1].Started);
    }

    [Fact]
    public async Task A_running_line_is_deployed_inside_its_maintenance_window()
    {
        await _fleet.AddUsersAsync();
        var gent = await _fleet.ChangeRequestAsync("gent-a1", safetyRelated: false);
        await _fleet.Reviews.ApproveAsync(gent.Id, "erik", "ok");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        var saturday = new PlantClock(new DateTimeOffset(2026, 11, 28, 8, 30, 0, TimeSpan.Zero));
        var duringWindow = new RolloutService(_fleet.Store, _fleet.Repositories, _fleet.Reviews, saturday);

        var result = await duringWindow.DeployAsync(gent.Id, "erik");

        Assert.True(result.Succeeded, result.Refusal);
        Assert.Equal(gent.CommitSha, _fleet.Repository("gent-a1").ResolveBranch("release"));
        saturday.Now = new DateTimeOffset(2026, 11, 28, 14, 30, 0, TimeSpan.Zero);
        Assert.Contains("line gent-a1 is running and Sat 14:30 is outside its maintenance windows", (await duringWindow.RollbackAsync(gent.Id, "erik", "too late")).Refusal);
    }

    [Fact]
    public async Task A_rollback_is_recorded_with_its_revert_commit()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "ok");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        await _fleet.Rollout.DeployAsync(cr.Id, "erik");

        await _fleet.Rollout.RollbackAsync(cr.Id, "marta", "nuisance trips");

        var rollback = (await _fleet.Store.ListDeploymentsAsync(cr.Id))[^1];
        Assert.Equal((DeploymentOutcome.RolledBack, "marta"), (rollback.Outcome, rollback.DeployedBy));
        Assert.Equal(_fleet.Repository("lyon-l1").ResolveBranch("release"), ReleaseMerge.TryParse(rollback.Notes)!.RevertCommit);
        Assert.Contains("Rolled back by: marta", _fleet.Repository("lyon-l1").Run("log", "-1", "--format=%B", "release"));
        Assert.Contains("was rolled back; a corrected change needs a new change request", (await _fleet.Rollout.DeployAsync(cr.Id, "erik")).Refusal);
    }

    [Fact]
    public async Task A_rollback_that_conflicts_with_a_later_release_commit_leaves_release_alone_and_is_audited()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "ok");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        await _fleet.Rollout.DeployAsync(cr.Id, "erik");
        var repository = _fleet.Repository("lyon-l1");
        var hotfix = repository.AddWorktree(_fleet.Folder.Combine("work", "hotfix"), "release", repository.ResolveBranch("release"));
        File.WriteAllText(
            Path.Combine(hotfix.Root, "src", "PRG_Guards.st"),
            ReviewFleet.GuardsAfter.Replace("Guard_OK := GuardMonitor.S_GuardMonitoring;", "Guard_OK := GuardMonitor.S_GuardMonitoring AND NOT GuardMonitor.DiagError;", StringComparison.Ordinal));
        var releaseBefore = hotfix.CommitAll("Site fix: diagnostics error trips the guard");
        repository.RemoveWorktree(hotfix.Root);

        var result = await _fleet.Rollout.RollbackAsync(cr.Id, "marta", "nuisance trips");

        Assert.Contains("the change is still deployed", result.Refusal);
        Assert.Equal(releaseBefore, repository.ResolveBranch("release"));
        Assert.False(repository.IsDirty());
        Assert.Equal(ChangeRequestState.Deployed, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
        Assert.Contains(await _fleet.Store.Audit.ReadAllAsync(), r => r.Action == AuditActions.RollbackFailed && r.Actor == "marta");
    }

    /// <summary>A plant clock whose local time is UTC, so maintenance windows are tested on any machine's time zone.</summary>
    private sealed class PlantClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    public void Dispose() => _fleet.Dispose();
}
