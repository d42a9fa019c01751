namespace PlcFleet.Fleet.Store.Records;

/// <summary>A rollout wave released for one migration: by whom, when, and the gate of the wave before it as it stood then.</summary>
public sealed record WaveStartRecord(long Id, string MigrationId, string Wave, string StartedBy, string Gate, DateTimeOffset StartedUtc);
