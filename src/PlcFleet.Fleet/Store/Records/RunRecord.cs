namespace PlcFleet.Fleet.Store.Records;

/// <summary>One execution of one migration; <see cref="ContentHash"/> pins the exact prompt text it used.</summary>
public sealed record RunRecord(
    string Id,
    string MigrationId,
    int MigrationVersion,
    string ContentHash,
    DateTimeOffset StartedUtc,
    DateTimeOffset? FinishedUtc,
    string OptionsJson)
{
    public bool IsFinished => FinishedUtc is not null;
}
