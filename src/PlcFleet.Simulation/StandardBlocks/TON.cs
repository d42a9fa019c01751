using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// On-delay timer. Q rises when IN has been TRUE for PT; ET counts from the rising edge of IN and stops at PT;
/// IN FALSE resets Q and ET at once. As in the CODESYS/TwinCAT library, a PT changed while timing takes effect
/// at once, and Q stays latched until IN falls even if PT is raised afterwards.
/// </summary>
public sealed class TON(IScanClock clock) : IecTimer(clock)
{
    private TimeSpan _start;
    private bool _running;

    public override void Execute()
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
            _start = Clock.Now;
        }

        if (!Q)
        {
            var elapsed = Clock.Now - _start;
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
