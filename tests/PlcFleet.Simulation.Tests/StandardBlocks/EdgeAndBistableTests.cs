using PlcFleet.Simulation.StandardBlocks;
using static PlcFleet.Simulation.Tests.StandardBlocks.TimingTable;

namespace PlcFleet.Simulation.Tests.StandardBlocks;

public sealed class EdgeAndBistableTests
{
    [Theory]
    [InlineData("0 1 1 0 1 0", "0 1 0 0 1 0")]
    [InlineData("1 1 0", "1 0 0")] // CLK already TRUE at the first call is an edge
    [InlineData("0 0 0", "0 0 0")]
    public void R_TRIG_is_TRUE_for_one_scan_per_rising_edge(string clkRow, string qRow)
    {
        var trig = new R_TRIG();
        Assert.Equal(qRow, Row(Bools(clkRow).Select(clk =>
        {
            trig.Execute(clk);
            return trig.Q;
        })));
    }

    [Theory]
    [InlineData("1 0 0 1 1 0", "0 1 0 0 0 1")]
    [InlineData("0 0 1 0", "1 0 0 1")] // edition 2+: CLK FALSE at the first call reports an edge
    public void F_TRIG_is_TRUE_for_one_scan_per_falling_edge(string clkRow, string qRow)
    {
        var trig = new F_TRIG();
        Assert.Equal(qRow, Row(Bools(clkRow).Select(clk =>
        {
            trig.Execute(clk);
            return trig.Q;
        })));
    }

    [Fact]
    public void F_TRIG_in_the_CODESYS_edition_1_flavour_sees_no_edge_at_the_first_call()
    {
        var trig = new F_TRIG(edgeOnFirstCall: false);
        Assert.Equal("0 0 0 1", Row(Bools("0 0 1 0").Select(clk =>
        {
            trig.Execute(clk);
            return trig.Q;
        })));
    }

    [Theory]
    [InlineData("1 0 0 1 1", "0 0 1 1 0", "1 1 0 1 1")] // S1 wins when both are TRUE
    [InlineData("0 0 0", "1 0 0", "0 0 0")]
    public void SR_is_set_dominant(string s1Row, string rRow, string qRow)
    {
        var sr = new SR();
        var s1 = Bools(s1Row);
        var r = Bools(rRow);
        Assert.Equal(qRow, Row(s1.Select((s, i) =>
        {
            sr.Execute(s, r[i]);
            return sr.Q1;
        })));
    }

    [Theory]
    [InlineData("1 0 0 1 1", "0 0 1 1 0", "1 1 0 0 1")] // R1 wins when both are TRUE
    [InlineData("1 1 0", "1 0 0", "0 1 1")]
    public void RS_is_reset_dominant(string sRow, string r1Row, string qRow)
    {
        var rs = new RS();
        var s = Bools(sRow);
        var r1 = Bools(r1Row);
        Assert.Equal(qRow, Row(s.Select((set, i) =>
        {
            rs.Execute(set, r1[i]);
            return rs.Q1;
        })));
    }
}
