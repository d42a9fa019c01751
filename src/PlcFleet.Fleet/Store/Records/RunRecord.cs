namespace PlcFleet.Fleet.Store.Records;

/// <summary>
/// One execution of one migration; <see cref="ContentHash"/> pins the exact prompt text it used. <see cref="StartedBy"/>
/// is who started it (null for runs recorded without one), who may therefore not approve its changes.
/// </summary>
public sealed record RunRecord(
    string Id,
    string MigrationId,
    int MigrationVersion,
    string ContentHash,
    DateTimeOffset StartedUtc,
    DateTimeOffset? FinishedUtc,
    string OptionsJson,
    string? StartedBy = null)
{
    public bool IsFinished => FinishedUtc is not null;
}
