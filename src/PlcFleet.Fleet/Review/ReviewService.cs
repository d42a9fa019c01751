using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Review;

/// <summary>
/// Safety review of change requests: records approvals and rejections under <see cref="ApprovalRules"/>, and voids
/// approvals whose commit is no longer the branch head. Every decision is one store transaction: the review, the state
/// it leads to and its audit record are written together or not at all.
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

        // The verdict, the state it leads to and its audit record are one transaction, decided on the reviews as
        // they are inside it: a second approver at the same moment sees this approval, and a crash leaves neither.
        var evaluate = await EvaluatorAsync(changeRequest, cancellationToken).ConfigureAwait(false);
        var recorded = await store.RecordReviewAsync(
            new NewReview(changeRequestId, user!.Name, ReviewVerdict.Approved, comment, status.BranchHead!),
            (current, all) =>
            {
                status = evaluate(current, all);
                var newState = status.IsApproved && current.State == ChangeRequestState.Open ? ChangeRequestState.Approved : (ChangeRequestState?)null;
                return new ReviewDecision(
                    newState,
                    new AuditEntry(
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
                        }));
            },
            cancellationToken).ConfigureAwait(false);
        return new ReviewResult(null, recorded.ChangeRequest, status);
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
        var recorded = await store.RecordReviewAsync(
            new NewReview(changeRequestId, user!.Name, ReviewVerdict.Rejected, reason, head),
            // A change deployed in the meantime keeps its state: taking it off the line is a rollback, not a rejection.
            (current, _) => new ReviewDecision(
                current.State is ChangeRequestState.Open or ChangeRequestState.Approved ? ChangeRequestState.Rejected : null,
                new AuditEntry(user.Name, AuditActions.ChangeRequestRejected, Subject(changeRequestId), new { commit = head, role = user.Role.ToString(), reason })),
            cancellationToken).ConfigureAwait(false);
        var status = await EvaluateAsync(recorded.ChangeRequest, cancellationToken).ConfigureAwait(false);
        return new ReviewResult(null, recorded.ChangeRequest, status);
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
            await store.SetChangeRequestStateAsync(
                changeRequest.Id,
                ChangeRequestState.Open,
                new AuditEntry(
                    "plcfleet",
                    AuditActions.ApprovalVoided,
                    Subject(changeRequest.Id),
                    new { verifiedCommit = changeRequest.CommitSha, branchHead = status.BranchHead, reason = status.Missing, voided = status.VoidApprovals.Select(r => r.UserName).ToList() }),
                cancellationToken).ConfigureAwait(false);
        }

        return status;
    }

    public async Task<ApprovalStatus> EvaluateAsync(ChangeRequestRecord changeRequest, CancellationToken cancellationToken = default)
    {
        var evaluate = await EvaluatorAsync(changeRequest, cancellationToken).ConfigureAwait(false);
        var reviews = await store.ListReviewsAsync(changeRequest.Id, cancellationToken).ConfigureAwait(false);
        return evaluate(changeRequest, reviews);
    }

    /// <summary>
    /// The approval rules bound to everything but the reviews (roles, branch head, policy, evidence), so they can be
    /// applied to the reviews read inside the store's transaction.
    /// </summary>
    private async Task<Func<ChangeRequestRecord, IReadOnlyList<ReviewRecord>, ApprovalStatus>> EvaluatorAsync(ChangeRequestRecord changeRequest, CancellationToken cancellationToken)
    {
        var users = await store.ListUsersAsync(cancellationToken).ConfigureAwait(false);
        var run = await store.GetRunAsync(changeRequest.RunId, cancellationToken).ConfigureAwait(false);
        var head = repositories.BranchHead(changeRequest.SiteId, changeRequest.Branch);
        var roles = users.ToDictionary(u => u.Name, u => u.Role, StringComparer.OrdinalIgnoreCase);
        var policy = ReviewPolicy.FromRunOptions(run?.OptionsJson);
        var evidence = ChangeRequestEvidence.Read(changeRequest.EvidenceJson);
        return (current, reviews) => ApprovalRules.Evaluate(current, reviews, roles, head, policy, evidence);
    }

    public async Task<ReviewerIdentity> IdentityAsync(ChangeRequestRecord changeRequest, CancellationToken cancellationToken = default)
    {
        var run = await store.GetRunAsync(changeRequest.RunId, cancellationToken).ConfigureAwait(false);
        // The run record names its starter; options JSON is the older place for it (runs from before the column).
        var actor = run?.StartedBy ?? ReviewPolicy.ActorFromRunOptions(run?.OptionsJson);
        var evidence = ChangeRequestEvidence.Read(changeRequest.EvidenceJson);
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
