using FsCheck.Xunit;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.StandardBlocks;

namespace PlcFleet.Simulation.Tests.StandardBlocks;

public sealed class TimerProperties
{
    [Property(MaxTest = 200)]
    public bool TON_Q_implies_ET_equals_PT_and_ET_never_exceeds_PT(bool[] inputs, byte ptTens, byte cycleMs)
    {
        var clock = new VirtualClock();
        var ton = new TON(clock);
        var pt = TimeSpan.FromMilliseconds(ptTens * 10);
        var cycle = TimeSpan.FromMilliseconds(1 + (cycleMs % 50));
        foreach (var input in inputs)
        {
            ton.Execute(input, pt);
            var ok = (!ton.Q || ton.ET == pt) && ton.ET <= pt && (input || (!ton.Q && ton.ET == TimeSpan.Zero));
            if (!ok)
            {
                return false;
            }

            clock.Advance(cycle);
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool TON_Q_rises_exactly_when_IN_has_been_held_for_PT(byte holdScans, byte ptTens)
    {
        var clock = new VirtualClock();
        var ton = new TON(clock);
        var pt = TimeSpan.FromMilliseconds(ptTens * 10);
        for (var i = 0; i <= holdScans; i++)
        {
            clock.AdvanceTo(TimeSpan.FromMilliseconds(i * 10));
            ton.Execute(true, pt);
            var heldFor = TimeSpan.FromMilliseconds(i * 10);
            if (ton.Q != (heldFor >= pt))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool TP_pulses_last_PT_whatever_IN_does(bool[] inputs, byte ptTens)
    {
        var clock = new VirtualClock();
        var tp = new TP(clock);
        var pt = TimeSpan.FromMilliseconds(10 + (ptTens * 10));
        TimeSpan? pulseStart = null;
        for (var i = 0; i < inputs.Length; i++)
        {
            clock.AdvanceTo(TimeSpan.FromMilliseconds(i * 10));
            tp.Execute(inputs[i], pt);
            if (tp.Q && pulseStart is null)
            {
                pulseStart = clock.Now;
            }
            else if (!tp.Q && pulseStart is { } start)
            {
                if (clock.Now - start != pt)
                {
                    return false;
                }

                pulseStart = null;
            }

            if (tp.ET > pt || (tp.Q && tp.ET >= pt))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool CTU_counts_the_rising_edges_since_the_last_reset(bool[] pulses, bool[] resets)
    {
        var ctu = new CTU();
        var trig = new R_TRIG();
        var expected = 0;
        for (var i = 0; i < pulses.Length; i++)
        {
            var reset = resets.Length > 0 && resets[i % resets.Length] && i % 7 == 0;
            ctu.Execute(pulses[i], reset, 3);
            trig.Execute(pulses[i]);
            expected = reset ? 0 : expected + (trig.Q ? 1 : 0);
            if (ctu.CV != expected || ctu.Q != (expected >= 3))
            {
                return false;
            }
        }

        return true;
    }
}
