using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Review;

/// <summary>
/// The review rules, free of storage and git so they can be tested alone:
/// <list type="bullet">
/// <item>engineers and safety engineers approve; admins manage accounts and do not approve (separation of duties); anyone may reject;</item>
/// <item>a safety-related change, or one with safety findings, needs at least one safety engineer among its approvers;</item>
/// <item>the run's policy sets how many distinct people must approve (two-person rule);</item>
/// <item>nobody approves a change they authored or whose run they started;</item>
/// <item>an approval counts only for the exact commit it saw, and only while the branch still points there.</item>
/// </list>
/// </summary>
public static class ApprovalRules
{
    public static ApprovalStatus Evaluate(
        ChangeRequestRecord changeRequest,
        IReadOnlyList<ReviewRecord> reviews,
        IReadOnlyDictionary<string, UserRole> roles,
        string? branchHead,
        ReviewPolicy policy,
        ChangeRequestEvidence evidence)
    {
        var atVerifiedHead = branchHead == changeRequest.CommitSha;
        var approvals = reviews.Where(r => r.Verdict == ReviewVerdict.Approved).ToList();
        var valid = approvals
            .Where(r => atVerifiedHead && r.CommitSha == changeRequest.CommitSha && roles.TryGetValue(r.UserName, out var role) && MayApprove(role))
            .GroupBy(r => r.UserName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .ToList();
        var voided = approvals.Except(valid).ToList();
        var rejections = reviews.Where(r => r.Verdict == ReviewVerdict.Rejected).ToList();
        var safetyApproval = valid.Any(r => roles.GetValueOrDefault(r.UserName) == UserRole.SafetyEngineer);
        return new ApprovalStatus(
            changeRequest.Id, changeRequest.CommitSha, branchHead, policy.RequiredApprovals, evidence.NeedsSafetyEngineer, valid, voided, rejections, safetyApproval);
    }

    public static bool MayApprove(UserRole role) => role is UserRole.Engineer or UserRole.SafetyEngineer;

    /// <summary>Null when <paramref name="user"/> may approve now, else the reason in the reviewer's words.</summary>
    public static ReviewRefusal? CheckApproval(UserRecord user, ChangeRequestRecord changeRequest, ApprovalStatus status, ReviewerIdentity identity)
    {
        if (changeRequest.State is ChangeRequestState.Rejected or ChangeRequestState.Deployed or ChangeRequestState.RolledBack)
        {
            return new ReviewRefusal($"CR-{changeRequest.Id} is {Describe(changeRequest.State)}; it cannot be approved");
        }

        if (!MayApprove(user.Role))
        {
            return new ReviewRefusal($"{user.Name} is {Describe(user.Role)}: only engineers and safety engineers approve changes");
        }

        if (identity.IsInvolved(user.Name, out var how))
        {
            return new ReviewRefusal($"{user.Name} {how}: nobody approves their own change");
        }

        if (status.BranchHead is null)
        {
            return new ReviewRefusal($"branch {changeRequest.Branch} of CR-{changeRequest.Id} does not exist in the site repository");
        }

        if (!status.HeadMatches)
        {
            return new ReviewRefusal(
                $"branch {changeRequest.Branch} is at {ApprovalStatus.Short(status.BranchHead)}, not at the verified commit {ApprovalStatus.Short(status.VerifiedCommit)}: " +
                "the new commit was never verified; run the migration again for a new change request");
        }

        if (status.ValidApprovals.Any(r => string.Equals(r.UserName, user.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return new ReviewRefusal($"{user.Name} has already approved CR-{changeRequest.Id}; the two-person rule needs someone else");
        }

        // The last approval slot of a safety change is reserved for a safety engineer, so a second engineer
        // cannot complete the count and leave the change waiting for ever without anyone noticing why.
        var isLastSlot = status.ValidApprovals.Count + 1 >= status.RequiredApprovals;
        if (status.NeedsSafetyEngineer && !status.HasSafetyEngineerApproval && isLastSlot && user.Role != UserRole.SafetyEngineer)
        {
            return new ReviewRefusal($"CR-{changeRequest.Id} is safety-related: a safety engineer must approve it ({user.Name} is {Describe(user.Role)})");
        }

        return null;
    }

    public static string Describe(UserRole role) => role switch
    {
        UserRole.SafetyEngineer => "a safety engineer",
        UserRole.Admin => "an admin",
        _ => "an engineer",
    };

    public static string Describe(ChangeRequestState state) => state switch
    {
        ChangeRequestState.RolledBack => "rolled back",
        _ => state.ToString().ToLowerInvariant(),
    };
}
