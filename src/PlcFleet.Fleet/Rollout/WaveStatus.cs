using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Rollout;

/// <summary>One wave of one migration's rollout: its sites' change requests, whether it started, and its gate.</summary>
public sealed record WaveStatus(RolloutWave Wave, IReadOnlyList<Site> Sites, IReadOnlyList<ChangeRequestRecord> ChangeRequests, WaveStart? Start, GateCheck Gate)
{
    public bool Started => Start is not null;
}
