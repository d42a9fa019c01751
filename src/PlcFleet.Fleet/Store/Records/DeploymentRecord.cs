namespace PlcFleet.Fleet.Store.Records;

public sealed record DeploymentRecord(
    long Id,
    long ChangeRequestId,
    string SiteId,
    string? Wave,
    string DeployedBy,
    DeploymentOutcome Outcome,
    string Notes,
    DateTimeOffset CreatedUtc);
