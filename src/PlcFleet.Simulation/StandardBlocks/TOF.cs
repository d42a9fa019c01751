using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// Off-delay timer. Q follows IN up at once and falls PT after IN has fallen; ET counts from the falling edge and
/// stops at PT. A new rising edge of IN during the delay cancels it (Q stays TRUE, ET back to zero).
/// </summary>
public sealed class TOF
{
    private readonly IScanClock _clock;
    private TimeSpan _start;
    private bool _previousIn;

    public TOF(IScanClock clock) => _clock = clock;

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
        if (IN)
        {
            Q = true;
            ET = TimeSpan.Zero;
        }
        else
        {
            if (_previousIn)
            {
                _start = _clock.Now;
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
        }

        _previousIn = IN;
    }
}
