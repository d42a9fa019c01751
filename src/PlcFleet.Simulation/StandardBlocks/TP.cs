using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Pulse timer. A rising edge of IN while no pulse runs starts a pulse of exactly PT; edges during the pulse are
/// ignored (not re-triggerable). ET counts during the pulse, holds PT after it while IN stays TRUE, and is zero
/// once both IN and Q are FALSE.
/// </summary>
public sealed class TP(IScanClock clock) : IecTimer(clock)
{
    private TimeSpan _start;
    private bool _previousIn;

    public override void Execute()
    {
        var risingEdge = IN && !_previousIn;
        _previousIn = IN;
        if (!Q && risingEdge)
        {
            _start = Clock.Now;
            Q = true;
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

        if (!Q && !IN)
        {
            ET = TimeSpan.Zero;
        }
    }
}
