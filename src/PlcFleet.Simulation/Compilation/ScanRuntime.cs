using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.Compilation;

/// <summary>Per-instance state every frame shares: the global variables, the scan clock and the loop watchdog.</summary>
public sealed class ScanRuntime(long loopBudget)
{
    public VirtualClock Clock { get; } = new();

    public Frame Globals { get; set; } = null!;

    /// <summary>Loop iterations left in this scan; a runaway WHILE would otherwise hang the simulator.</summary>
    public long LoopBudget { get; set; } = loopBudget;

    public long LoopBudgetPerScan { get; } = loopBudget;
}
