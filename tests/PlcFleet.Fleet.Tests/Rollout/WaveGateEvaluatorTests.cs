using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Rollout;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Tests.Rollout;

public sealed class WaveGateEvaluatorTests
{
    private static ChangeRequestRecord Cr(long id, ChangeRequestState state) =>
        new(id, "run-1", "alarm-priority", $"site-{id}", "plcfleet/alarm-priority-v1", "abc", "", "{}", state, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData(WaveGate.AllDeployed, new[] { ChangeRequestState.Deployed, ChangeRequestState.Rejected }, true)]
    [InlineData(WaveGate.AllDeployed, new[] { ChangeRequestState.Deployed, ChangeRequestState.Approved }, false)]
    [InlineData(WaveGate.AllDeployed, new[] { ChangeRequestState.Deployed, ChangeRequestState.Open }, false)]
    [InlineData(WaveGate.AllDeployed, new[] { ChangeRequestState.Deployed, ChangeRequestState.RolledBack }, false)]
    [InlineData(WaveGate.AllApproved, new[] { ChangeRequestState.Approved, ChangeRequestState.Deployed }, true)]
    [InlineData(WaveGate.AllApproved, new[] { ChangeRequestState.Approved, ChangeRequestState.Open }, false)]
    [InlineData(WaveGate.AllApproved, new[] { ChangeRequestState.RolledBack }, false)]
    [InlineData(WaveGate.Manual, new[] { ChangeRequestState.Open }, true)]
    public void Gates_hold_only_when_the_wave_is_complete(WaveGate gate, ChangeRequestState[] states, bool holds)
    {
        var crs = states.Select((s, i) => Cr(i + 1, s)).ToList();
        Assert.Equal(holds, WaveGateEvaluator.Evaluate(new RolloutWave("pilot", 0, gate), crs).Holds);
    }
}
