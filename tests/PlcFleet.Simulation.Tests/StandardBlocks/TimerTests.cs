using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.StandardBlocks;
using static PlcFleet.Simulation.Tests.StandardBlocks.TimingTable;

namespace PlcFleet.Simulation.Tests.StandardBlocks;

public sealed class TimerTests
{
    // Cycle 10 ms; each column is one scan at t = 0, 10, 20, ... ms.
    [Theory]
    [InlineData("0 1 1 1 1 0", 30, "0 0 0 0 1 0", "0 0 10 20 30 0")]
    [InlineData("1 1 1 1 1 1", 20, "0 0 1 1 1 1", "0 10 20 20 20 20")]
    [InlineData("1 1 0 1 1 1 1", 30, "0 0 0 0 0 0 1", "0 10 0 0 10 20 30")] // a short drop restarts the delay
    [InlineData("1 1 1", 0, "1 1 1", "0 0 0")]
    [InlineData("0 0 0 0", 10, "0 0 0 0", "0 0 0 0")]
    [InlineData("1 1 1 1 1", 25, "0 0 0 1 1", "0 10 20 25 25")] // ET clamps at PT between scans
    public void TON_follows_the_on_delay_diagram(string inRow, int ptMs, string qRow, string etRow)
    {
        var clock = new VirtualClock();
        var ton = new TON(clock);
        var input = Bools(inRow);
        var q = new List<bool>();
        var et = new List<TimeSpan>();
        Scan(clock, input.Length, i =>
        {
            ton.Execute(input[i], TimeSpan.FromMilliseconds(ptMs));
            q.Add(ton.Q);
            et.Add(ton.ET);
        });
        Assert.Equal(qRow, Row(q));
        Assert.Equal(etRow, Row(et));
    }

    [Fact]
    public void TON_takes_a_shorter_PT_while_timing_at_once()
    {
        var clock = new VirtualClock();
        var ton = new TON(clock);
        var pts = new[] { 100, 100, 100, 20, 20 };
        var q = new List<bool>();
        var et = new List<TimeSpan>();
        Scan(clock, pts.Length, i =>
        {
            ton.Execute(true, TimeSpan.FromMilliseconds(pts[i]));
            q.Add(ton.Q);
            et.Add(ton.ET);
        });
        Assert.Equal("0 0 0 1 1", Row(q));
        Assert.Equal("0 10 20 20 20", Row(et));
    }

    [Fact]
    public void TON_keeps_Q_latched_when_PT_is_raised_after_it_fired()
    {
        var clock = new VirtualClock();
        var ton = new TON(clock);
        var pts = new[] { 10, 10, 500, 500 };
        var q = new List<bool>();
        Scan(clock, pts.Length, i =>
        {
            ton.Execute(true, TimeSpan.FromMilliseconds(pts[i]));
            q.Add(ton.Q);
        });
        Assert.Equal("0 1 1 1", Row(q));
        Assert.Equal(TimeSpan.FromMilliseconds(10), ton.ET);
    }

    [Fact]
    public void TON_reads_the_virtual_clock_not_the_number_of_calls()
    {
        var clock = new VirtualClock();
        var ton = new TON(clock);
        ton.Execute(true, TimeSpan.FromSeconds(5));
        ton.Execute(true, TimeSpan.FromSeconds(5));
        ton.Execute(true, TimeSpan.FromSeconds(5));
        Assert.False(ton.Q);
        clock.Advance(TimeSpan.FromSeconds(5));
        ton.Execute();
        Assert.True(ton.Q);
    }

    [Theory]
    [InlineData("1 1 0 0 0 0 0", 30, "1 1 1 1 1 0 0", "0 0 0 10 20 30 30")]
    [InlineData("0 0 0", 30, "0 0 0", "0 0 0")] // never switched on: Q stays FALSE
    [InlineData("1 0 0 1 0 0 0 0", 30, "1 1 1 1 1 1 1 0", "0 0 10 0 0 10 20 30")] // IN returns during the delay: restarts
    [InlineData("1 0 0", 0, "1 0 0", "0 0 0")]
    public void TOF_follows_the_off_delay_diagram(string inRow, int ptMs, string qRow, string etRow)
    {
        var clock = new VirtualClock();
        var tof = new TOF(clock);
        var input = Bools(inRow);
        var q = new List<bool>();
        var et = new List<TimeSpan>();
        Scan(clock, input.Length, i =>
        {
            tof.Execute(input[i], TimeSpan.FromMilliseconds(ptMs));
            q.Add(tof.Q);
            et.Add(tof.ET);
        });
        Assert.Equal(qRow, Row(q));
        Assert.Equal(etRow, Row(et));
    }

    [Fact]
    public void TOF_ends_the_delay_early_when_PT_is_lowered_below_the_elapsed_time()
    {
        var clock = new VirtualClock();
        var tof = new TOF(clock);
        var input = new[] { true, false, false, false, false };
        var pts = new[] { 100, 100, 100, 100, 15 };
        var q = new List<bool>();
        Scan(clock, input.Length, i =>
        {
            tof.Execute(input[i], TimeSpan.FromMilliseconds(pts[i]));
            q.Add(tof.Q);
        });
        Assert.Equal("1 1 1 1 0", Row(q));
        Assert.Equal(TimeSpan.FromMilliseconds(15), tof.ET);
    }

    [Theory]
    [InlineData("0 1 0 0 0 0 0", 30, "0 1 1 1 0 0 0", "0 0 10 20 0 0 0")] // short trigger: full pulse, ET 0 when IN and Q are off
    [InlineData("0 1 1 1 1 1 0", 30, "0 1 1 1 0 0 0", "0 0 10 20 30 30 0")] // ET holds PT while IN stays TRUE
    [InlineData("1 0 1 0 1 0 0 0", 40, "1 1 1 1 0 0 0 0", "0 10 20 30 40 0 0 0")] // not re-triggerable during the pulse
    [InlineData("1 1 1 1 0 1 1 1", 20, "1 1 0 0 0 1 1 0", "0 10 20 20 0 0 10 20")] // a new edge after the pulse starts a new one
    public void TP_follows_the_pulse_diagram(string inRow, int ptMs, string qRow, string etRow)
    {
        var clock = new VirtualClock();
        var tp = new TP(clock);
        var input = Bools(inRow);
        var q = new List<bool>();
        var et = new List<TimeSpan>();
        Scan(clock, input.Length, i =>
        {
            tp.Execute(input[i], TimeSpan.FromMilliseconds(ptMs));
            q.Add(tp.Q);
            et.Add(tp.ET);
        });
        Assert.Equal(qRow, Row(q));
        Assert.Equal(etRow, Row(et));
    }

    [Fact]
    public void TP_uses_a_PT_changed_during_the_pulse()
    {
        var clock = new VirtualClock();
        var tp = new TP(clock);
        var pts = new[] { 100, 100, 20, 20 };
        var q = new List<bool>();
        Scan(clock, pts.Length, i =>
        {
            tp.Execute(true, TimeSpan.FromMilliseconds(pts[i]));
            q.Add(tp.Q);
        });
        Assert.Equal("1 1 0 0", Row(q));
    }
}
