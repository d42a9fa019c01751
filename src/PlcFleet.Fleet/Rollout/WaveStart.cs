namespace PlcFleet.Fleet.Rollout;

/// <summary>Who started a wave of a migration's rollout, and when (from the store's wave start records).</summary>
public sealed record WaveStart(string Wave, string StartedBy, DateTimeOffset StartedUtc);
