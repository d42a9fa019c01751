using PlcFleet.Web.Charts;
using PlcFleet.Web.Evidence;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Rendering;

public sealed class WaveformTests
{
    [Fact]
    public void The_trace_is_read_from_the_evidence_with_the_diverging_cycle()
    {
        var trace = EquivalenceTrace.TryRead(EvidenceSamples.WithTrace)!;

        Assert.Equal(5, trace.Signals.Count);
        Assert.Equal(4, trace.Rows.Count);
        Assert.Equal(3, trace.DivergenceCycle);
        Assert.Equal("240", trace.Rows[3].ValueAt(4));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{"equivalence": {"summary": "equivalent on 200 random traces"}}""")]
    [InlineData("not json")]
    public void Evidence_without_a_trace_has_no_waveform(string evidence)
    {
        Assert.Null(EquivalenceTrace.TryRead(evidence));
    }

    [Fact]
    public void Bool_signals_are_drawn_high_and_low_and_the_divergence_is_marked()
    {
        var svg = WaveformChart.Render(EquivalenceTrace.TryRead(EvidenceSamples.WithTrace)!).Value!;

        // Guard_Closed: low in cycle 0, then high; the lane's x axis is 180 px per scan from x = 170.
        Assert.Contains("<polyline class=\"wave bool\" points=\"170,34 350,34 350,14 530,14 710,14 890,14\"/>", svg);
        Assert.Contains("diverges at cycle 3", svg);
        Assert.Contains(">Conveyor_Run (after)</text>", svg);
        Assert.Contains("0…240", svg);
    }

    [Fact]
    public void Signal_names_are_encoded()
    {
        var evidence = """{"equivalence":{"trace":{"signals":["<b>x</b>"],"rows":[{"cycle":0,"values":["MODE_AUTO"]},{"cycle":1,"values":["MODE_MANUAL"]}]}}}""";

        var svg = WaveformChart.Render(EquivalenceTrace.TryRead(evidence)!).Value!;

        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", svg);
        Assert.Contains("class=\"wave bus\"", svg);
        Assert.Contains(">MODE_MANUAL</text>", svg);
    }
}
