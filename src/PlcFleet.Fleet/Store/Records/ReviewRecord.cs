namespace PlcFleet.Fleet.Store.Records;

public sealed record ReviewRecord(
    long Id,
    long ChangeRequestId,
    string UserName,
    ReviewVerdict Verdict,
    string Comment,
    string CommitSha,
    DateTimeOffset CreatedUtc);
