using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Review;

/// <summary>
/// Safety review of change requests: records approvals and rejections under <see cref="ApprovalRules"/>, and voids
/// approvals whose commit is no longer the branch head. Every action appends to the audit trail.
/// </summary>
public sealed class ReviewService(IFleetStore store, SiteRepositories repositories)
{
    public async Task<ReviewResult> ApproveAsync(long changeRequestId, string userName, string comment, CancellationToken cancellationToken = default)
    {
        var (changeRequest, user, refusal) = await LoadAsync(changeRequestId, userName, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return ReviewResult.Refused(refusal);
        }

        var status = await CheckAsync(changeRequest!, cancellationToken).ConfigureAwait(false);
        changeRequest = (await store.GetChangeRequestAsync(changeRequestId, cancellationToken).ConfigureAwait(false))!;
        var identity = await IdentityAsync(changeRequest, cancellationToken).ConfigureAwait(false);
        var denied = ApprovalRules.CheckApproval(user!, changeRequest, status, identity);
        if (denied is not null)
        {
            return new ReviewResult(denied, changeRequest, status);
        }

        await store.AddReviewAsync(new NewReview(changeRequestId, user!.Name, ReviewVerdict.Approved, comment, status.BranchHead!), cancellationToken).ConfigureAwait(false);
        status = await EvaluateAsync(changeRequest, cancellationToken).ConfigureAwait(false);
        if (status.IsApproved)
        {
            changeRequest = await store.SetChangeRequestStateAsync(changeRequestId, ChangeRequestState.Approved, cancellationToken).ConfigureAwait(false);
        }

        await store.Audit.AppendAsync(
            user.Name,
            AuditActions.ChangeRequestApproved,
            Subject(changeRequestId),
            new
            {
                commit = status.VerifiedCommit,
                role = user.Role.ToString(),
                comment,
                approvals = status.ValidApprovals.Count,
                required = status.RequiredApprovals,
                safetyRelated = status.NeedsSafetyEngineer,
                complete = status.IsApproved,
            },
            cancellationToken).ConfigureAwait(false);
        return new ReviewResult(null, changeRequest, status);
    }

    public async Task<ReviewResult> RejectAsync(long changeRequestId, string userName, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ReviewResult.Refused("a rejection needs a reason (--comment): it goes back to the migration's author to improve the prompt");
        }

        var (changeRequest, user, refusal) = await LoadAsync(changeRequestId, userName, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return ReviewResult.Refused(refusal);
        }

        if (changeRequest!.State is ChangeRequestState.Deployed or ChangeRequestState.RolledBack or ChangeRequestState.Rejected)
        {
            return ReviewResult.Refused($"CR-{changeRequestId} is {ApprovalRules.Describe(changeRequest.State)}; use rollout rollback to take a deployed change off the line");
        }

        var head = repositories.BranchHead(changeRequest.SiteId, changeRequest.Branch) ?? changeRequest.CommitSha;
        await store.AddReviewAsync(new NewReview(changeRequestId, user!.Name, ReviewVerdict.Rejected, reason, head), cancellationToken).ConfigureAwait(false);
        changeRequest = await store.SetChangeRequestStateAsync(changeRequestId, ChangeRequestState.Rejected, cancellationToken).ConfigureAwait(false);
        await store.Audit.AppendAsync(
            user.Name, AuditActions.ChangeRequestRejected, Subject(changeRequestId), new { commit = head, role = user.Role.ToString(), reason }, cancellationToken).ConfigureAwait(false);
        var status = await EvaluateAsync(changeRequest!, cancellationToken).ConfigureAwait(false);
        return new ReviewResult(null, changeRequest, status);
    }

    /// <summary>
    /// The change request's standing at the branch head now. An approved change whose branch moved loses its
    /// approval here: the state goes back to open and the voiding is audited.
    /// </summary>
    public async Task<ApprovalStatus> CheckAsync(ChangeRequestRecord changeRequest, CancellationToken cancellationToken = default)
    {
        var status = await EvaluateAsync(changeRequest, cancellationToken).ConfigureAwait(false);
        if (changeRequest.State == ChangeRequestState.Approved && !status.IsApproved)
        {
            await store.SetChangeRequestStateAsync(changeRequest.Id, ChangeRequestState.Open, cancellationToken).ConfigureAwait(false);
            await store.Audit.AppendAsync(
                "plcfleet",
                AuditActions.ApprovalVoided,
                Subject(changeRequest.Id),
                new { verifiedCommit = changeRequest.CommitSha, branchHead = status.BranchHead, reason = status.Missing, voided = status.VoidApprovals.Select(r => r.UserName) },
                cancellationToken).ConfigureAwait(false);
        }

        return status;
    }

    public async Task<ApprovalStatus> EvaluateAsync(ChangeRequestRecord changeRequest, CancellationToken cancellationToken = default)
    {
        var reviews = await store.ListReviewsAsync(changeRequest.Id, cancellationToken).ConfigureAwait(false);
        var users = await store.ListUsersAsync(cancellationToken).ConfigureAwait(false);
        var run = await store.GetRunAsync(changeRequest.RunId, cancellationToken).ConfigureAwait(false);
        var head = repositories.BranchHead(changeRequest.SiteId, changeRequest.Branch);
        return ApprovalRules.Evaluate(
            changeRequest,
            reviews,
            users.ToDictionary(u => u.Name, u => u.Role, StringComparer.OrdinalIgnoreCase),
            head,
            ReviewPolicy.FromRunOptions(run?.OptionsJson),
            ChangeRequestEvidence.Parse(changeRequest.EvidenceJson));
    }

    public async Task<ReviewerIdentity> IdentityAsync(ChangeRequestRecord changeRequest, CancellationToken cancellationToken = default)
    {
        var run = await store.GetRunAsync(changeRequest.RunId, cancellationToken).ConfigureAwait(false);
        // The run record names its starter; options JSON is the older place for it (runs from before the column).
        var actor = run?.StartedBy ?? ReviewPolicy.ActorFromRunOptions(run?.OptionsJson);
        var evidence = ChangeRequestEvidence.Parse(changeRequest.EvidenceJson);
        return new ReviewerIdentity(repositories.CommitAuthors(changeRequest.SiteId, changeRequest.CommitSha), actor, evidence.Author);
    }

    public static string Subject(long changeRequestId) => $"cr-{changeRequestId}";

    private async Task<(ChangeRequestRecord? ChangeRequest, UserRecord? User, string? Refusal)> LoadAsync(long id, string userName, CancellationToken cancellationToken)
    {
        var changeRequest = await store.GetChangeRequestAsync(id, cancellationToken).ConfigureAwait(false);
        if (changeRequest is null)
        {
            return (null, null, $"there is no change request CR-{id}");
        }

        var user = await store.FindUserAsync(userName, cancellationToken).ConfigureAwait(false);
        return user is null
            ? (changeRequest, null, $"'{userName}' is not a user of this fleet; add them with 'plcfleet user add {userName} --role ROLE'")
            : (changeRequest, user, null);
    }
}
