using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Pulse timer. A rising edge of IN while no pulse runs starts a pulse of exactly PT; edges during the pulse are
/// ignored (not re-triggerable). ET counts during the pulse, holds PT after it while IN stays TRUE, and is zero
/// once both IN and Q are FALSE.
/// </summary>
public sealed class TP
{
    private readonly IScanClock _clock;
    private TimeSpan _start;
    private bool _previousIn;

    public TP(IScanClock clock) => _clock = clock;

    public bool IN { get; set; }

    public TimeSpan PT { get; set; }

    public bool Q { get; private set; }

    public TimeSpan ET { get; private set; }

    public void Execute(bool @in, TimeSpan pt)
    {
        IN = @in;
        PT = pt;
        Execute();
    }

    public void Execute()
    {
        var risingEdge = IN && !_previousIn;
        _previousIn = IN;
        if (!Q && risingEdge)
        {
            _start = _clock.Now;
            Q = true;
        }

        if (Q)
        {
            var elapsed = _clock.Now - _start;
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
