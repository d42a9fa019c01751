using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Native;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.TestPrograms;

/// <summary>A wrong conveyor whose seal-in ignores the e-stop chain (only Stop_PB drops it).</summary>
public sealed class ConveyorIgnoringEStop : ConveyorProgram
{
    protected override bool NextRunning(bool running) => !Bool("Stop_PB") && (running || StartEdge.Q);
}

/// <summary>PRG_Batch with a Batch_Size input that accepts 0, so the division can fault.</summary>
public sealed class BatchCounterProgramAllowingZero : NativeProgram
{
    public BatchCounterProgramAllowingZero()
        : base("PRG_Batch")
    {
        Declare("Batch_Size", PlcType.Int, SignalDirection.Input, PlcValue.FromInteger(5, PlcType.Int));
        Declare("Batch_Done", PlcType.Bool, SignalDirection.Output);
    }

    protected override void Execute()
    {
        if (Integer("Batch_Size") == 0)
        {
            throw new PlcRuntimeFault(RuntimeFaultKind.DivisionByZero, "division by zero: Batch_Size is 0", new FaultLocation("batch.st", 14, 31));
        }
    }

    protected override void ResetBlocks()
    {
    }
}
