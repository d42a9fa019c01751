namespace PlcFleet.Simulation.Runtime;

/// <summary>Simulated PLC time: starts at zero and moves only when the harness advances it.</summary>
public sealed class VirtualClock : IScanClock
{
    public TimeSpan Now { get; private set; }

    public void AdvanceTo(TimeSpan time)
    {
        if (time < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), $"virtual time cannot run backwards ({time} < {Now})");
        }

        Now = time;
    }

    public void Advance(TimeSpan step) => AdvanceTo(Now + step);

    public void Reset() => Now = TimeSpan.Zero;
}
