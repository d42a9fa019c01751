namespace PlcFleet.Fleet.Rollout;

/// <summary>Who started a wave of a migration's rollout, and when (read back from the audit trail).</summary>
public sealed record WaveStart(string Wave, string StartedBy, DateTimeOffset StartedUtc);
