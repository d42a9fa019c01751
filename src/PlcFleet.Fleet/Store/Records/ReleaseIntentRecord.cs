namespace PlcFleet.Fleet.Store.Records;

/// <summary>A release intent as stored; an open one (still in the store) means its outcome is not recorded yet.</summary>
public sealed record ReleaseIntentRecord(
    long Id,
    long ChangeRequestId,
    string SiteId,
    string? Wave,
    ReleaseIntentKind Kind,
    string ReleaseBranch,
    string ReleaseBefore,
    string CommitSha,
    string RequestedBy,
    string Notes,
    DateTimeOffset CreatedUtc);
