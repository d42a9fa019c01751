using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Rollout;

/// <summary>
/// Staged rollout: waves in fleet order, each started only when the one before passes its gate; deploying and
/// rolling back change requests on their site's release branch. This is the only place deployments happen, so the
/// approval is re-checked here against the branch head every time: nothing unapproved reaches a line. Every release
/// branch move is bracketed by a release intent in the store (written before git, closed with the outcome), and every
/// command first resolves intents a dead process left open (<see cref="ReleaseIntentRecovery"/>). Hosts build it on the
/// fleet of the approved fleet definition (<see cref="FleetDefinitions.FleetDefinitionService"/>) and pass that
/// definition, so every deploy and rollback record names the plant facts it was checked against.
/// </summary>
public sealed class RolloutService(
    IFleetStore store,
    SiteRepositories repositories,
    ReviewService reviews,
    TimeProvider? clock = null,
    string releaseBranch = ReleaseBranch.DefaultName,
    FleetDefinitionRecord? definition = null)
{
    /// <summary>How long a deploy waits for another deploy or rollback on the same site repository to finish.</summary>
    private static readonly TimeSpan SiteBusyWait = TimeSpan.FromSeconds(15);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ReleaseIntentRecovery _recovery = new(store, repositories);

    private Inventory.Fleet Fleet => repositories.Fleet;

    /// <summary>
    /// Why <paramref name="migrationId"/> cannot be rolled out here (no run of it in this store, e.g. a typo), naming the
    /// migrations that can; null when it is known.
    /// </summary>
    public Task<string?> UnknownMigrationAsync(string migrationId, CancellationToken cancellationToken = default) =>
        UnknownMigrationAsync(store, migrationId, cancellationToken);

    /// <inheritdoc cref="UnknownMigrationAsync(string, CancellationToken)"/>
    public static async Task<string?> UnknownMigrationAsync(IFleetStore store, string migrationId, CancellationToken cancellationToken = default)
    {
        var known = (await store.ListRunsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            .Select(r => r.MigrationId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return known.Contains(migrationId, StringComparer.Ordinal)
            ? null
            : $"no migration '{migrationId}' has run in this fleet; known migrations: {(known.Count == 0 ? "none (run one with 'plcfleet migration run')" : string.Join(", ", known))}";
    }

    /// <summary>The waves of <paramref name="migrationId"/>, after recording any deploy or rollback a dead process left open.</summary>
    public async Task<RolloutStatus> StatusAsync(string migrationId, CancellationToken cancellationToken = default)
    {
        var recovered = await RecoverAsync(cancellationToken).ConfigureAwait(false);
        return await CurrentStatusAsync(migrationId, cancellationToken).ConfigureAwait(false) with { Recovered = recovered };
    }

    /// <summary>Resolves release intents left open by a process that died between git and the store; one line per intent.</summary>
    public Task<IReadOnlyList<string>> RecoverAsync(CancellationToken cancellationToken = default) => _recovery.RecoverAsync(cancellationToken);

    /// <summary>The subject line every rollback commit starts with; recovery finds an interrupted rollback's revert by it.</summary>
    public static string RollbackSubject(long changeRequestId) => $"Roll back CR-{changeRequestId} (";

    private async Task<RolloutStatus> CurrentStatusAsync(string migrationId, CancellationToken cancellationToken)
    {
        var changeRequests = (await store.ListChangeRequestsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            .Where(c => c.MigrationId == migrationId)
            .ToList();
        var starts = await WaveStartsAsync(migrationId, cancellationToken).ConfigureAwait(false);
        var waves = Fleet.Waves
            .OrderBy(w => w.Order)
            .Select(wave =>
            {
                var sites = Fleet.SitesInWave(wave.Name);
                var inWave = changeRequests.Where(c => sites.Any(s => s.Id == c.SiteId)).ToList();
                return new WaveStatus(wave, sites, inWave, starts.GetValueOrDefault(wave.Name), WaveGateEvaluator.Evaluate(wave, inWave));
            })
            .ToList();
        return new RolloutStatus(migrationId, waves);
    }

    /// <summary>Starts the first wave not yet started, when the wave before it (if any) passes its gate.</summary>
    public async Task<RolloutResult> StartNextWaveAsync(string migrationId, string userName, CancellationToken cancellationToken = default)
    {
        await RecoverAsync(cancellationToken).ConfigureAwait(false);
        var user = await store.FindUserAsync(userName, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return RolloutResult.Refused($"'{userName}' is not a user of this fleet");
        }

        if (await UnknownMigrationAsync(migrationId, cancellationToken).ConfigureAwait(false) is { } unknown)
        {
            return RolloutResult.Refused(unknown);
        }

        var status = await CurrentStatusAsync(migrationId, cancellationToken).ConfigureAwait(false);
        var next = status.NextWave;
        if (next is null)
        {
            return RolloutResult.Refused($"every wave of {migrationId} has started already");
        }

        if (await PermissionRefusalAsync(RolloutAction.StartWave, user, next.Sites, $"start wave {next.Wave.Name} of {migrationId}", WaveSubject(migrationId, next.Wave.Name), cancellationToken).ConfigureAwait(false) is { } notAllowed)
        {
            return RolloutResult.Refused(notAllowed);
        }

        var previous = status.CurrentWave;
        if (previous is not null && !previous.Gate.Holds)
        {
            return RolloutResult.Refused($"wave {next.Wave.Name} cannot start: {previous.Gate.Reason}");
        }

        var started = await store.TryStartWaveAsync(
            new NewWaveStart(migrationId, next.Wave.Name, next.Wave.Order, next.Sites.Select(s => s.Id).ToList(), user.Name, previous?.Gate.Reason ?? "first wave"),
            cancellationToken).ConfigureAwait(false);
        if (started is null)
        {
            return RolloutResult.Refused($"wave {next.Wave.Name} of {migrationId} was started by someone else a moment ago");
        }

        return RolloutResult.Done($"wave {next.Wave.Name} of {migrationId} started: {string.Join(", ", next.Sites.Select(s => s.Id))}");
    }

    public async Task<RolloutResult> DeployAsync(long changeRequestId, string userName, CancellationToken cancellationToken = default)
    {
        await RecoverAsync(cancellationToken).ConfigureAwait(false);
        var (changeRequest, site, refusal) = await LoadAsync(changeRequestId, userName, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return RolloutResult.Refused(refusal);
        }

        if (await PermissionRefusalAsync(RolloutAction.Deploy, userName, site!, changeRequestId, cancellationToken).ConfigureAwait(false) is { } notAllowed)
        {
            return RolloutResult.Refused(notAllowed);
        }

        if (StateRefusal(changeRequestId, changeRequest!.State, site!) is { } settled)
        {
            return RolloutResult.Refused(settled);
        }

        // Approval is recomputed from the reviews and the branch head now, never taken from the state column alone.
        var approval = await reviews.CheckAsync(changeRequest, cancellationToken).ConfigureAwait(false);
        if (!approval.IsApproved)
        {
            return RolloutResult.Refused($"CR-{changeRequestId} is not approved: {approval.Missing}");
        }

        var gate = await WaveRefusalAsync(changeRequest.MigrationId, site!, cancellationToken).ConfigureAwait(false);
        var line = gate ?? LineAccess.Refusal(site!, PlantTime());
        if (line is not null)
        {
            return RolloutResult.Refused(line);
        }

        var repository = repositories.Find(site!.Id)!;
        using var siteLock = ReleaseLock.TryAcquire(repository, SiteBusyWait);
        if (siteLock is null)
        {
            return RolloutResult.Refused($"another plcfleet process is deploying or rolling back on {site.Id}; try again when it has finished");
        }

        // While this process waited for the lock, another may have deployed (or someone rejected) this very change.
        if (StateRefusal(changeRequestId, (await store.GetChangeRequestAsync(changeRequestId, cancellationToken).ConfigureAwait(false))!.State, site) is { } changed)
        {
            return RolloutResult.Refused(changed);
        }

        var release = new ReleaseBranch(repository, releaseBranch);
        var approvers = approval.ValidApprovals.Select(r => r.UserName).ToList();
        var intent = await store.TryOpenReleaseIntentAsync(
            new NewReleaseIntent(
                changeRequestId, site.Id, site.Wave, ReleaseIntentKind.Deploy, release.Name, release.Prepare(changeRequest.CommitSha), changeRequest.CommitSha, userName,
                new ReleaseIntentNotes(approvers).ToJson()),
            cancellationToken).ConfigureAwait(false);
        if (intent is null)
        {
            return RolloutResult.Refused($"CR-{changeRequestId} is being deployed or rolled back by another plcfleet process");
        }

        var merge = release.Merge(
            changeRequest.CommitSha,
            $"Deploy CR-{changeRequestId} ({changeRequest.MigrationId}) to {site.Id}\n\nApproved by: {string.Join(", ", approvers)}\nDeployed by: {userName}",
            out var failure);
        if (merge is null)
        {
            // The change request stays approved: the fix is a rebased change (a new commit, so a new review), not a retry.
            await store.CloseReleaseIntentAsync(
                intent.Id,
                new ReleaseIntentOutcome(
                    "failed",
                    new NewDeployment(changeRequestId, site.Id, site.Wave, userName, DeploymentOutcome.Failed, failure!.ToNotes()),
                    null,
                    new AuditEntry(
                        userName,
                        AuditActions.DeploymentFailed,
                        ReviewService.Subject(changeRequestId),
                        new { site = site.Id, release = release.Name, commit = changeRequest.CommitSha, problem = failure.Problem, conflicts = failure.ConflictingFiles })),
                cancellationToken).ConfigureAwait(false);
            return RolloutResult.Refused($"CR-{changeRequestId} could not be merged into {release.Name} of {site.Id}: {failure.Problem}; {release.Name} is unchanged");
        }

        var closed = await store.CloseReleaseIntentAsync(
            intent.Id,
            new ReleaseIntentOutcome(
                "deployed",
                new NewDeployment(changeRequestId, site.Id, site.Wave, userName, DeploymentOutcome.Deployed, merge.ToNotes()),
                ChangeRequestState.Deployed,
                new AuditEntry(
                    userName,
                    AuditActions.ChangeRequestDeployed,
                    ReviewService.Subject(changeRequestId),
                    new { site = site.Id, wave = site.Wave, commit = changeRequest.CommitSha, release = merge.Branch, before = merge.Before, after = merge.After, mode = merge.Mode.ToString(), approvedBy = approvers, fleetDefinition = definition?.AuditReference })),
            cancellationToken).ConfigureAwait(false);
        var how = merge.Mode == ReleaseMergeMode.FastForward ? "fast-forward" : "merge commit " + ApprovalStatus.Short(merge.After);
        return RolloutResult.Done($"CR-{changeRequestId} deployed to {site.Id} ({release.Name} {ApprovalStatus.Short(merge.Before)} -> {ApprovalStatus.Short(merge.After)}, {how})", closed?.Deployment);
    }

    /// <summary>Takes a deployed change off the line again with one revert commit on the release branch.</summary>
    public async Task<RolloutResult> RollbackAsync(long changeRequestId, string userName, string reason, CancellationToken cancellationToken = default)
    {
        await RecoverAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(reason))
        {
            // Like a rejection: the plant and the migration's author must learn why a change came off the line.
            return RolloutResult.Refused($"a rollback of CR-{changeRequestId} needs a reason (what went wrong on the line)");
        }

        var (changeRequest, site, refusal) = await LoadAsync(changeRequestId, userName, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return RolloutResult.Refused(refusal);
        }

        if (await PermissionRefusalAsync(RolloutAction.Rollback, userName, site!, changeRequestId, cancellationToken).ConfigureAwait(false) is { } notAllowed)
        {
            return RolloutResult.Refused(notAllowed);
        }

        if (changeRequest!.State != ChangeRequestState.Deployed)
        {
            return RolloutResult.Refused($"CR-{changeRequestId} is {ApprovalRules.Describe(changeRequest.State)}, not deployed: there is nothing to roll back");
        }

        var line = LineAccess.Refusal(site!, PlantTime());
        if (line is not null)
        {
            return RolloutResult.Refused(line);
        }

        var repository = repositories.Find(site!.Id)!;
        using var siteLock = ReleaseLock.TryAcquire(repository, SiteBusyWait);
        if (siteLock is null)
        {
            return RolloutResult.Refused($"another plcfleet process is deploying or rolling back on {site.Id}; try again when it has finished");
        }

        // The process that held the lock may just have rolled this very change back.
        if ((await store.GetChangeRequestAsync(changeRequestId, cancellationToken).ConfigureAwait(false))!.State != ChangeRequestState.Deployed)
        {
            return RolloutResult.Refused($"CR-{changeRequestId} is no longer deployed: it was rolled back a moment ago");
        }

        var deployments = await store.ListDeploymentsAsync(changeRequestId, cancellationToken).ConfigureAwait(false);
        var merge = deployments.LastOrDefault(d => d.Outcome == DeploymentOutcome.Deployed) is { } deployed ? ReleaseMerge.TryParse(deployed.Notes) : null;
        if (merge is null)
        {
            return RolloutResult.Refused($"CR-{changeRequestId} has no deployment record saying what reached {releaseBranch}");
        }

        var release = new ReleaseBranch(repository, merge.Branch);
        var before = release.Head();
        if (before is null)
        {
            return RolloutResult.Refused($"{merge.Branch} of {site.Id} no longer exists; there is nothing to revert CR-{changeRequestId} on");
        }

        var intent = await store.TryOpenReleaseIntentAsync(
            new NewReleaseIntent(
                changeRequestId, site.Id, site.Wave, ReleaseIntentKind.Rollback, merge.Branch, before, changeRequest.CommitSha, userName,
                new ReleaseIntentNotes([], merge, reason).ToJson()),
            cancellationToken).ConfigureAwait(false);
        if (intent is null)
        {
            return RolloutResult.Refused($"CR-{changeRequestId} is being deployed or rolled back by another plcfleet process");
        }

        var revert = release.Revert(
            merge,
            $"{RollbackSubject(changeRequestId)}{changeRequest.MigrationId}) on {site.Id}\n\nReason: {reason}\nRolled back by: {userName}",
            out var problem);
        if (revert is null)
        {
            // The change is still on the line: the failed attempt is audited so the plant knows a rollback was wanted.
            await store.CloseReleaseIntentAsync(
                intent.Id,
                new ReleaseIntentOutcome(
                    "failed",
                    null,
                    null,
                    new AuditEntry(userName, AuditActions.RollbackFailed, ReviewService.Subject(changeRequestId), new { site = site.Id, release = merge.Branch, problem, reason })),
                cancellationToken).ConfigureAwait(false);
            return RolloutResult.Refused($"CR-{changeRequestId} could not be reverted on {merge.Branch} of {site.Id}: {problem}; {merge.Branch} is unchanged and the change is still deployed");
        }

        var closed = await store.CloseReleaseIntentAsync(
            intent.Id,
            new ReleaseIntentOutcome(
                "rolled_back",
                new NewDeployment(changeRequestId, site.Id, site.Wave, userName, DeploymentOutcome.RolledBack, (merge with { RevertCommit = revert }).ToNotes()),
                ChangeRequestState.RolledBack,
                new AuditEntry(
                    userName,
                    AuditActions.ChangeRequestRolledBack,
                    ReviewService.Subject(changeRequestId),
                    new { site = site.Id, release = merge.Branch, revert, reason, fleetDefinition = definition?.AuditReference })),
            cancellationToken).ConfigureAwait(false);
        return RolloutResult.Done($"CR-{changeRequestId} rolled back on {site.Id}: revert commit {ApprovalStatus.Short(revert)} on {merge.Branch}", closed?.Deployment);
    }

    private async Task<string?> PermissionRefusalAsync(RolloutAction action, string userName, Site site, long changeRequestId, CancellationToken cancellationToken)
    {
        var user = (await store.FindUserAsync(userName, cancellationToken).ConfigureAwait(false))!;
        var what = $"{(action == RolloutAction.Deploy ? "deploy" : "roll back")} CR-{changeRequestId} on {site.Id}";
        return await PermissionRefusalAsync(action, user, [site], what, ReviewService.Subject(changeRequestId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The fleet's rollout rules decide who may move code towards a line; a refusal is audited like a failed sign-in.</summary>
    private async Task<string?> PermissionRefusalAsync(RolloutAction action, UserRecord user, IReadOnlyList<Site> sites, string what, string subject, CancellationToken cancellationToken)
    {
        var refusal = Fleet.Rules.Refusal(action, user, sites, what);
        if (refusal is not null)
        {
            await store.Audit.AppendAsync(user.Name, AuditActions.RolloutRefused, subject, new { action = action.ToString(), sites = sites.Select(s => s.Id), reason = refusal }, cancellationToken).ConfigureAwait(false);
        }

        return refusal;
    }

    /// <summary>Why a change request in <paramref name="state"/> cannot be deployed, or null when it may be.</summary>
    private static string? StateRefusal(long id, ChangeRequestState state, Site site) => state switch
    {
        ChangeRequestState.Deployed => $"CR-{id} is already deployed to {site.Id}",
        ChangeRequestState.RolledBack => $"CR-{id} was rolled back; a corrected change needs a new change request and review",
        ChangeRequestState.Rejected => $"CR-{id} was rejected; it cannot be deployed",
        _ => null,
    };

    public static string WaveSubject(string migrationId, string wave) => $"{migrationId}/{wave}";

    private async Task<Dictionary<string, WaveStart>> WaveStartsAsync(string migrationId, CancellationToken cancellationToken)
    {
        var starts = await store.ListWaveStartsAsync(migrationId, cancellationToken).ConfigureAwait(false);
        return starts.ToDictionary(s => s.Wave, s => new WaveStart(s.Wave, s.StartedBy, s.StartedUtc), StringComparer.Ordinal);
    }

    private async Task<string?> WaveRefusalAsync(string migrationId, Site site, CancellationToken cancellationToken)
    {
        if (site.Wave is null)
        {
            return $"site {site.Id} has no rollout wave in fleet.yaml; give it one before deploying";
        }

        var status = await CurrentStatusAsync(migrationId, cancellationToken).ConfigureAwait(false);
        var wave = status.Waves.FirstOrDefault(w => w.Wave.Name == site.Wave);
        return wave is { Started: true }
            ? null
            : $"wave {site.Wave} of {migrationId} has not started; start it with 'plcfleet rollout next --migration {migrationId}' once the wave before it is complete";
    }

    private async Task<(ChangeRequestRecord? ChangeRequest, Site? Site, string? Refusal)> LoadAsync(long id, string userName, CancellationToken cancellationToken)
    {
        var changeRequest = await store.GetChangeRequestAsync(id, cancellationToken).ConfigureAwait(false);
        if (changeRequest is null)
        {
            return (null, null, $"there is no change request CR-{id}");
        }

        if (await store.FindUserAsync(userName, cancellationToken).ConfigureAwait(false) is null)
        {
            return (changeRequest, null, $"'{userName}' is not a user of this fleet");
        }

        var site = Fleet.FindSite(changeRequest.SiteId);
        if (site is null)
        {
            return (changeRequest, null, $"site {changeRequest.SiteId} of CR-{id} is not in {Fleet.FilePath}");
        }

        return repositories.Find(site.Id) is null
            ? (changeRequest, site, $"site {site.Id} has no local git repository at {site.Repository}")
            : (changeRequest, site, null);
    }

    private DateTime PlantTime() => _clock.GetLocalNow().DateTime;
}
