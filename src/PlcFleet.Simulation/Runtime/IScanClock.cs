namespace PlcFleet.Simulation.Runtime;

/// <summary>The time of the current scan. Timers read this, never the wall clock, so a simulation is repeatable.</summary>
public interface IScanClock
{
    TimeSpan Now { get; }
}
