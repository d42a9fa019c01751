namespace PlcFleet.Fleet.Store.Records;

/// <summary>
/// A deploy or rollback about to move a site's release branch, written before git is touched: enough to tell later,
/// from git alone, whether the branch moved. <see cref="ReleaseBefore"/> is the release head before the merge or revert;
/// <see cref="CommitSha"/> is the change request's commit; <see cref="Notes"/> carries what a rollback reverts.
/// </summary>
public sealed record NewReleaseIntent(
    long ChangeRequestId,
    string SiteId,
    string? Wave,
    ReleaseIntentKind Kind,
    string ReleaseBranch,
    string ReleaseBefore,
    string CommitSha,
    string RequestedBy,
    string Notes = "");
