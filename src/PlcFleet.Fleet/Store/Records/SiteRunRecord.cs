namespace PlcFleet.Fleet.Store.Records;

/// <summary>The state of one site in one run, with the reason shown to engineers and the number of agent attempts.</summary>
public sealed record SiteRunRecord(
    string RunId,
    string SiteId,
    SiteRunState State,
    string Reason,
    int Attempts,
    DateTimeOffset CreatedUtc,
    DateTimeOffset UpdatedUtc);
