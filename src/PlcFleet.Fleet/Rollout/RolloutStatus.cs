namespace PlcFleet.Fleet.Rollout;

/// <summary>The rollout of one migration over the fleet's waves, pilot first.</summary>
public sealed record RolloutStatus(string MigrationId, IReadOnlyList<WaveStatus> Waves)
{
    /// <summary>The first wave not started yet, or null when every wave has started.</summary>
    public WaveStatus? NextWave => Waves.FirstOrDefault(w => !w.Started);

    /// <summary>The wave before <see cref="NextWave"/>, whose gate decides whether the next may start.</summary>
    public WaveStatus? CurrentWave => Waves.LastOrDefault(w => w.Started);

    /// <summary>Deploys and rollbacks a dead process left half-recorded, resolved from git before this status was read.</summary>
    public IReadOnlyList<string> Recovered { get; init; } = [];
}
