namespace PlcFleet.Fleet.Store.Records;

public sealed record ChangeRequestRecord(
    long Id,
    string RunId,
    string MigrationId,
    string SiteId,
    string Branch,
    string CommitSha,
    string Diff,
    string EvidenceJson,
    ChangeRequestState State,
    DateTimeOffset CreatedUtc,
    DateTimeOffset UpdatedUtc);
