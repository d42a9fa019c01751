using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// On-delay timer. Q rises when IN has been TRUE for PT; ET counts from the rising edge of IN and stops at PT;
/// IN FALSE resets Q and ET at once. As in the CODESYS/TwinCAT library, a PT changed while timing takes effect
/// at once, and Q stays latched until IN falls even if PT is raised afterwards.
/// </summary>
public sealed class TON
{
    private readonly IScanClock _clock;
    private TimeSpan _start;
    private bool _running;

    public TON(IScanClock clock) => _clock = clock;

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
        if (!IN)
        {
            Q = false;
            ET = TimeSpan.Zero;
            _running = false;
            return;
        }

        if (!_running)
        {
            _running = true;
            _start = _clock.Now;
        }

        if (!Q)
        {
            var elapsed = _clock.Now - _start;
            if (elapsed >= PT)
            {
                Q = true;
                ET = PT;
            }
            else
            {
                ET = elapsed;
            }
        }
    }
}
