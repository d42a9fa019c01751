using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Rollout;

/// <summary>
/// Finishes what a deploy or rollback left open when its process died between moving the release branch and
/// recording it. Git is the witness: a release branch that received the change (or its revert) after the intent's
/// starting head is recorded as deployed (or rolled back), marked as recovered; one that did not move drops the intent.
/// Either way the audit trail says so. An intent whose site lock is still held belongs to a live process and is left alone.
/// </summary>
public sealed class ReleaseIntentRecovery(IFleetStore store, SiteRepositories repositories)
{
    private const string Recorder = "plcfleet";

    /// <summary>Resolves every open intent it can; returns one line per intent resolved, for the engineer.</summary>
    public async Task<IReadOnlyList<string>> RecoverAsync(CancellationToken cancellationToken = default)
    {
        var open = await store.ListOpenReleaseIntentsAsync(cancellationToken).ConfigureAwait(false);
        var resolved = new List<string>();
        foreach (var intent in open)
        {
            var repository = repositories.Find(intent.SiteId);
            if (repository is null)
            {
                // Without the site's repository nothing can be told; the intent waits for a machine that has it.
                continue;
            }

            using var held = ReleaseLock.TryAcquire(repository, TimeSpan.Zero);
            if (held is null)
            {
                continue;
            }

            var release = new ReleaseBranch(repository, intent.ReleaseBranch);
            release.RemoveLeftoverWorktrees();
            var (outcome, message) = intent.Kind == ReleaseIntentKind.Deploy ? Deploy(intent, release) : Rollback(intent, release);
            if (await store.CloseReleaseIntentAsync(intent.Id, outcome, cancellationToken).ConfigureAwait(false) is not null)
            {
                resolved.Add(message);
            }
        }

        return resolved;
    }

    private static (ReleaseIntentOutcome Outcome, string Message) Deploy(ReleaseIntentRecord intent, ReleaseBranch release)
    {
        var subject = ReviewService.Subject(intent.ChangeRequestId);
        var merge = release.FindMerge(intent.ReleaseBefore, intent.CommitSha);
        if (merge is null)
        {
            return (
                Abandoned(
                    AuditActions.DeploymentAbandoned,
                    subject,
                    new
                    {
                        site = intent.SiteId, release = release.Name, commit = intent.CommitSha, releaseHead = release.Head(), requestedBy = intent.RequestedBy,
                        reason = "the deploying process stopped before the release branch moved; nothing reached the line",
                    }),
                $"CR-{intent.ChangeRequestId}: an interrupted deploy to {intent.SiteId} never reached {release.Name}; dropped it (deploy again when ready)");
        }

        var notes = ReleaseIntentNotes.Parse(intent.Notes);
        return (
            new ReleaseIntentOutcome(
                "recovered",
                new NewDeployment(intent.ChangeRequestId, intent.SiteId, intent.Wave, intent.RequestedBy, DeploymentOutcome.Deployed, merge.ToNotes()),
                ChangeRequestState.Deployed,
                new AuditEntry(
                    Recorder,
                    AuditActions.ChangeRequestDeployed,
                    subject,
                    new
                    {
                        site = intent.SiteId, wave = intent.Wave, commit = intent.CommitSha, release = merge.Branch, before = merge.Before, after = merge.After,
                        mode = merge.Mode.ToString(), approvedBy = notes.ApprovedBy, deployedBy = intent.RequestedBy, recovered = true,
                        reason = "the deploying process stopped after the merge and before recording it; recorded from git",
                    })),
            $"CR-{intent.ChangeRequestId}: an interrupted deploy to {intent.SiteId} had reached {release.Name} ({ApprovalStatus.Short(merge.After)}); recorded it as deployed");
    }

    private static (ReleaseIntentOutcome Outcome, string Message) Rollback(ReleaseIntentRecord intent, ReleaseBranch release)
    {
        var subject = ReviewService.Subject(intent.ChangeRequestId);
        var notes = ReleaseIntentNotes.Parse(intent.Notes);
        var revert = release.FindCommit(intent.ReleaseBefore, RolloutService.RollbackSubject(intent.ChangeRequestId));
        if (revert is null || notes.Reverting is null)
        {
            return (
                Abandoned(
                    AuditActions.RollbackAbandoned,
                    subject,
                    new
                    {
                        site = intent.SiteId, release = release.Name, releaseHead = release.Head(), requestedBy = intent.RequestedBy, reason = notes.Reason,
                        problem = "the rolling-back process stopped before the revert reached the release branch; the change is still deployed",
                    }),
                $"CR-{intent.ChangeRequestId}: an interrupted rollback on {intent.SiteId} never reached {release.Name}; the change is still deployed");
        }

        return (
            new ReleaseIntentOutcome(
                "recovered",
                new NewDeployment(intent.ChangeRequestId, intent.SiteId, intent.Wave, intent.RequestedBy, DeploymentOutcome.RolledBack, (notes.Reverting with { RevertCommit = revert }).ToNotes()),
                ChangeRequestState.RolledBack,
                new AuditEntry(
                    Recorder,
                    AuditActions.ChangeRequestRolledBack,
                    subject,
                    new
                    {
                        site = intent.SiteId, release = release.Name, revert, reason = notes.Reason, rolledBackBy = intent.RequestedBy, recovered = true,
                        note = "the rolling-back process stopped after the revert and before recording it; recorded from git",
                    })),
            $"CR-{intent.ChangeRequestId}: an interrupted rollback on {intent.SiteId} had reached {release.Name} ({ApprovalStatus.Short(revert)}); recorded it as rolled back");
    }

    /// <summary>An intent whose git step never happened: closed with only its audit record, nothing deployed or changed.</summary>
    private static ReleaseIntentOutcome Abandoned(string action, string subject, object details) =>
        new("abandoned", null, null, new AuditEntry(Recorder, action, subject, details));
}
