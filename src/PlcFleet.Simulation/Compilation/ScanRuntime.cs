using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.Compilation;

/// <summary>Per-instance state every frame shares: the global variables, the scan clock, the loop watchdog and call frames.</summary>
internal sealed class ScanRuntime(long loopBudget, int callFrameCount)
{
    public readonly VirtualClock Clock = new();

    public readonly long LoopBudgetPerScan = loopBudget;

    /// <summary>Loop iterations (and backward jumps) left in this scan; a runaway WHILE would otherwise hang the simulator.</summary>
    public long LoopBudget = loopBudget;

    public Frame Globals = null!;

    /// <summary>
    /// One reusable frame per function, method and property accessor: IEC forbids recursion, so a call never meets
    /// its own frame in use, and a scan that calls methods allocates nothing.
    /// </summary>
    private readonly Frame?[] _callFrames = new Frame?[callFrameCount];

    public Frame CallFrame(PouCode code)
    {
        if (_callFrames[code.CallFrameIndex] is { } frame)
        {
            code.Layout.ResetForCall(frame);
            return frame;
        }

        return _callFrames[code.CallFrameIndex] = code.Layout.Create(this);
    }
}
