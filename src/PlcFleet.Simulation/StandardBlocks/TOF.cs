using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Off-delay timer. Q follows IN up at once and falls PT after IN has fallen; ET counts from the falling edge and
/// stops at PT. A new rising edge of IN during the delay cancels it (Q stays TRUE, ET back to zero).
/// </summary>
public sealed class TOF(IScanClock clock) : IecTimer(clock)
{
    private TimeSpan _start;
    private bool _previousIn;

    public override void Execute()
    {
        if (IN)
        {
            Q = true;
            ET = TimeSpan.Zero;
        }
        else
        {
            if (_previousIn)
            {
                _start = Clock.Now;
            }

            if (Q)
            {
                var elapsed = Clock.Now - _start;
                if (elapsed >= PT)
                {
                    Q = false;
                    ET = PT;
                }
                else
                {
                    ET = elapsed;
                }
            }
        }

        _previousIn = IN;
    }
}
