namespace PlcFleet.Fleet.Store.Records;

/// <summary>A verified change to put up for review: the branch and commit, the diff and the verification evidence.</summary>
public sealed record NewChangeRequest(
    string RunId,
    string MigrationId,
    string SiteId,
    string Branch,
    string CommitSha,
    string Diff,
    string EvidenceJson = "{}");
