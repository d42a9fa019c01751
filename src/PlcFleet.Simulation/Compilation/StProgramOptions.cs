namespace PlcFleet.Simulation.Compilation;

/// <summary>Simulator settings for a compiled program.</summary>
public sealed record StProgramOptions
{
    /// <summary>Loop iterations allowed per scan before the watchdog faults (a real PLC's task watchdog).</summary>
    public long LoopWatchdog { get; init; } = 1_000_000;
}
