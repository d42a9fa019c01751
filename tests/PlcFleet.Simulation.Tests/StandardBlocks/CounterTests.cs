using PlcFleet.Simulation.StandardBlocks;
using static PlcFleet.Simulation.Tests.StandardBlocks.TimingTable;

namespace PlcFleet.Simulation.Tests.StandardBlocks;

public sealed class CounterTests
{
    [Theory]
    [InlineData("1 0 1 0 1 1 0 1", "0 0 0 0 0 0 0 0", 3, "1 1 2 2 3 3 3 4", "0 0 0 0 1 1 1 1")] // counts rising edges only
    [InlineData("1 0 1 1 0 1", "0 0 0 1 0 0", 2, "1 1 2 0 0 1", "0 0 1 0 0 0")] // R clears CV
    [InlineData("1 0 1", "1 1 1", 1, "0 0 0", "0 0 0")] // R wins over CU
    [InlineData("0 0", "0 0", 0, "0 0", "1 1")] // PV 0: Q at once
    public void CTU_counts_rising_edges_of_CU(string cuRow, string rRow, short pv, string cvRow, string qRow)
    {
        var ctu = new CTU();
        var cu = Bools(cuRow);
        var r = Bools(rRow);
        var cv = new List<int>();
        var q = new List<bool>();
        for (var i = 0; i < cu.Length; i++)
        {
            ctu.Execute(cu[i], r[i], pv);
            cv.Add(ctu.CV);
            q.Add(ctu.Q);
        }

        Assert.Equal(cvRow, Row(cv));
        Assert.Equal(qRow, Row(q));
    }

    [Fact]
    public void CTU_stops_at_the_INT_maximum()
    {
        var ctu = new CTU();
        for (var i = 0; i < 2 * (short.MaxValue + 5); i++)
        {
            ctu.Execute(i % 2 == 0, false, short.MaxValue);
        }

        Assert.Equal(short.MaxValue, ctu.CV);
        Assert.True(ctu.Q);
    }

    [Theory]
    [InlineData("0 1 0 1 0 1 0 1", "1 0 0 0 0 0 0 0", 3, "3 2 2 1 1 0 0 -1", "0 0 0 0 0 1 1 1")]
    [InlineData("1 0 1", "1 1 1", 5, "5 5 5", "0 0 0")] // LD wins over CD
    public void CTD_counts_down_from_PV(string cdRow, string ldRow, short pv, string cvRow, string qRow)
    {
        var ctd = new CTD();
        var cd = Bools(cdRow);
        var ld = Bools(ldRow);
        var cv = new List<int>();
        var q = new List<bool>();
        for (var i = 0; i < cd.Length; i++)
        {
            ctd.Execute(cd[i], ld[i], pv);
            cv.Add(ctd.CV);
            q.Add(ctd.Q);
        }

        Assert.Equal(cvRow, Row(cv));
        Assert.Equal(qRow, Row(q));
    }

    [Fact]
    public void CTD_stops_at_the_INT_minimum()
    {
        var ctd = new CTD();
        ctd.Execute(false, true, short.MinValue + 2);
        for (var i = 0; i < 10; i++)
        {
            ctd.Execute(i % 2 == 0, false, 0);
        }

        Assert.Equal(short.MinValue, ctd.CV);
    }

    [Theory]
    // columns: CU, CD, R, LD; PV 2
    [InlineData("1 0 1 0 0 0", "0 0 0 0 1 0", "0 0 0 0 0 0", "0 0 0 0 0 0", "1 1 2 2 1 1", "0 0 1 1 0 0", "0 0 0 0 0 0")]
    [InlineData("1 0 1", "1 0 0", "0 0 0", "0 0 0", "0 0 1", "0 0 0", "1 1 0")] // simultaneous edges cancel
    [InlineData("1 0 1", "0 0 0", "1 0 0", "1 1 0", "0 2 3", "0 1 1", "1 0 0")] // R over LD, LD over counting
    [InlineData("0 0 0", "1 0 1", "0 0 0", "0 0 0", "-1 -1 -2", "0 0 0", "1 1 1")] // CV goes negative, QD stays TRUE
    public void CTUD_follows_the_standard_priorities(string cuRow, string cdRow, string rRow, string ldRow, string cvRow, string quRow, string qdRow)
    {
        var ctud = new CTUD();
        var cu = Bools(cuRow);
        var cd = Bools(cdRow);
        var r = Bools(rRow);
        var ld = Bools(ldRow);
        var cv = new List<int>();
        var qu = new List<bool>();
        var qd = new List<bool>();
        for (var i = 0; i < cu.Length; i++)
        {
            ctud.Execute(cu[i], cd[i], r[i], ld[i], 2);
            cv.Add(ctud.CV);
            qu.Add(ctud.QU);
            qd.Add(ctud.QD);
        }

        Assert.Equal(cvRow, Row(cv));
        Assert.Equal(quRow, Row(qu));
        Assert.Equal(qdRow, Row(qd));
    }

    [Fact]
    public void CTUD_keeps_CV_within_the_INT_range()
    {
        var ctud = new CTUD();
        ctud.Execute(false, false, false, true, short.MaxValue);
        ctud.Execute(true, false, false, false, short.MaxValue);
        Assert.Equal(short.MaxValue, ctud.CV);
        ctud.Execute(false, false, false, true, short.MinValue);
        ctud.Execute(false, true, false, false, short.MinValue);
        Assert.Equal(short.MinValue, ctud.CV);
    }

    [Theory]
    [InlineData("0 1 0 1 0 1 0 1", "1 0 0 0 0 0 0 0", 2, "2 1 1 0 0 0 0 0", "0 0 0 1 1 1 1 1")]
    public void CTD_with_CODESYS_WORD_counter_stops_at_zero(string cdRow, string ldRow, int pv, string cvRow, string qRow)
    {
        var ctd = new CTD(CounterRange.Word);
        var cd = Bools(cdRow);
        var ld = Bools(ldRow);
        var cv = new List<int>();
        var q = new List<bool>();
        for (var i = 0; i < cd.Length; i++)
        {
            ctd.Execute(cd[i], ld[i], pv);
            cv.Add(ctd.CV);
            q.Add(ctd.Q);
        }

        Assert.Equal(cvRow, Row(cv));
        Assert.Equal(qRow, Row(q));
    }

    [Fact]
    public void CTU_with_CODESYS_WORD_counter_counts_past_the_INT_maximum_and_stops_at_65535()
    {
        var ctu = new CTU(CounterRange.Word);
        for (var i = 0; i < 2 * (ushort.MaxValue + 5); i++)
        {
            ctu.Execute(i % 2 == 0, false, 40000);
            if (ctu.CV == 39999)
            {
                Assert.False(ctu.Q);
            }
        }

        Assert.Equal(ushort.MaxValue, ctu.CV);
        Assert.True(ctu.Q);
    }

    [Fact]
    public void CTUD_with_CODESYS_WORD_counter_neither_underflows_below_zero_nor_overflows_past_65535()
    {
        var ctud = new CTUD(CounterRange.Word);
        ctud.Execute(false, true, false, false, 10);
        Assert.Equal(0, ctud.CV);
        Assert.True(ctud.QD);
        ctud.Execute(false, false, false, true, ushort.MaxValue);
        ctud.Execute(true, false, false, false, ushort.MaxValue);
        Assert.Equal(ushort.MaxValue, ctud.CV);
        Assert.True(ctud.QU);
    }

    [Fact]
    public void A_negative_INT_preset_on_a_WORD_counter_wraps_as_the_conversion_does()
    {
        var ctu = new CTU(CounterRange.Word);
        ctu.Execute(false, false, -1);
        Assert.Equal(ushort.MaxValue, ctu.PV);
    }
}
