using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>The interface TON, TOF and TP share (IN, PT; Q, ET), timed by the scan clock, never by wall time.</summary>
public abstract class IecTimer(IScanClock clock) : IStandardBlock
{
    protected IScanClock Clock { get; } = clock;

    public bool IN { get; set; }

    public TimeSpan PT { get; set; }

    public bool Q { get; protected set; }

    public TimeSpan ET { get; protected set; }

    public void Execute(bool @in, TimeSpan pt)
    {
        IN = @in;
        PT = pt;
        Execute();
    }

    public abstract void Execute();

    public IStandardBlock Copy() => (IStandardBlock)MemberwiseClone();
}
