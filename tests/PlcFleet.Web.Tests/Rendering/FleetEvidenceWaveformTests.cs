using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Verification.Framework;
using PlcFleet.Web.Charts;
using PlcFleet.Web.Evidence;

namespace PlcFleet.Web.Tests.Rendering;

/// <summary>The evidence a fleet run writes (the equivalence verifier's waveform) is what the CR page draws.</summary>
public sealed class FleetEvidenceWaveformTests
{
    [Fact]
    public void The_equivalence_verifiers_waveform_written_by_a_fleet_run_is_drawn()
    {
        var waveform = new WaveformEvidence("PRG_Main: no difference in 4 compared output(s) (seed 61131)", null, new Waveform(
            ["GuardDoor_Ch1", "Infeed_Motor_K1 (before)", "Infeed_Motor_K1 (after)"],
            [
                new WaveformRow(0, 0, ["TRUE", "FALSE", "FALSE"]),
                new WaveformRow(1, 10, ["TRUE", "TRUE", "TRUE"]),
                new WaveformRow(2, 20, ["FALSE", "FALSE", "FALSE"]),
            ]));
        var json = new ChangeRequestEvidence
        {
            MigrationVersion = 2, ContentHash = "a054a49c", MigrationTitle = "guard monitor", SafetyRelated = true,
            BaseCommit = "abc123", Agent = "rewrite", Equivalence = waveform,
        }.ToJson();

        var trace = EquivalenceTrace.TryRead(json)!;
        var svg = WaveformChart.Render(trace).Value!;

        Assert.Equal(waveform.Trace.Signals, trace.Signals);
        Assert.Equal(3, trace.Rows.Count);
        Assert.Null(trace.DivergenceCycle);
        Assert.StartsWith("PRG_Main", trace.Summary, StringComparison.Ordinal);
        Assert.Contains(">Infeed_Motor_K1 (after)</text>", svg, StringComparison.Ordinal);
        Assert.Equal(waveform, ChangeRequestEvidence.Read(json).Equivalence! with { Trace = waveform.Trace });
    }
}
