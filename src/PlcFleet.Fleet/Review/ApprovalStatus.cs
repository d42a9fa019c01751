using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Review;

/// <summary>
/// Where a change request stands against its review rules at the branch head seen now. Only approvals of that
/// exact commit count; approvals of any other commit are listed as void.
/// </summary>
public sealed record ApprovalStatus(
    long ChangeRequestId,
    string VerifiedCommit,
    string? BranchHead,
    int RequiredApprovals,
    bool NeedsSafetyEngineer,
    IReadOnlyList<ReviewRecord> ValidApprovals,
    IReadOnlyList<ReviewRecord> VoidApprovals,
    IReadOnlyList<ReviewRecord> Rejections,
    bool HasSafetyEngineerApproval)
{
    /// <summary>The branch still points at the commit that was verified and reviewed.</summary>
    public bool HeadMatches => BranchHead == VerifiedCommit;

    public bool IsApproved =>
        HeadMatches && Rejections.Count == 0 && ValidApprovals.Count >= RequiredApprovals && (!NeedsSafetyEngineer || HasSafetyEngineerApproval);

    /// <summary>What is still missing, in a reviewer's words; empty when approved.</summary>
    public string Missing
    {
        get
        {
            if (BranchHead is null)
            {
                return "the change request's branch no longer exists";
            }

            if (!HeadMatches)
            {
                return $"branch head {Short(BranchHead)} is not the verified commit {Short(VerifiedCommit)}";
            }

            if (Rejections.Count > 0)
            {
                return $"rejected by {Rejections[^1].UserName}";
            }

            var needs = new List<string>();
            if (ValidApprovals.Count < RequiredApprovals)
            {
                needs.Add($"{ValidApprovals.Count} of {RequiredApprovals} approvals");
            }

            if (NeedsSafetyEngineer && !HasSafetyEngineerApproval)
            {
                needs.Add("a safety engineer's approval");
            }

            return needs.Count == 0 ? "" : "needs " + string.Join(" and ", needs);
        }
    }

    public static string Short(string sha) => sha.Length > 10 ? sha[..10] : sha;
}
