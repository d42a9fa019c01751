using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Rollout;

/// <summary>
/// The success gate of one wave over its change requests. Rejected changes are decided and do not hold a wave up;
/// a change still waiting for review does (the wave is not complete); a rollback stops the rollout under every gate
/// except a manual release, which is the engineer's explicit call.
/// </summary>
public static class WaveGateEvaluator
{
    public static GateCheck Evaluate(RolloutWave wave, IReadOnlyList<ChangeRequestRecord> changeRequests)
    {
        if (wave.Gate == WaveGate.Manual)
        {
            return new GateCheck(true, $"wave {wave.Name} has a manual gate: the next wave is released by hand");
        }

        var rolledBack = changeRequests.FirstOrDefault(c => c.State == ChangeRequestState.RolledBack);
        if (rolledBack is not null)
        {
            return new GateCheck(false, $"CR-{rolledBack.Id} ({rolledBack.SiteId}) was rolled back in wave {wave.Name}: the rollout stops until a corrected change is deployed");
        }

        var open = changeRequests.Where(c => c.State == ChangeRequestState.Open).ToList();
        if (open.Count > 0)
        {
            return new GateCheck(false, $"wave {wave.Name} is not complete: {Names(open)} still waiting for review");
        }

        if (wave.Gate == WaveGate.AllDeployed)
        {
            var undeployed = changeRequests.Where(c => c.State == ChangeRequestState.Approved).ToList();
            if (undeployed.Count > 0)
            {
                return new GateCheck(false, $"wave {wave.Name} is not complete: approved {Names(undeployed)} not deployed yet");
            }

            var deployed = changeRequests.Count(c => c.State == ChangeRequestState.Deployed);
            return new GateCheck(true, $"wave {wave.Name} complete: {deployed} change(s) deployed, none rolled back");
        }

        return new GateCheck(true, $"wave {wave.Name} complete: every change is decided, none rolled back");
    }

    private static string Names(IEnumerable<ChangeRequestRecord> changeRequests) =>
        string.Join(", ", changeRequests.Select(c => $"CR-{c.Id} ({c.SiteId})"));
}
