using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Native;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.StandardBlocks;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.TestPrograms;

/// <summary>
/// PRG_Batch: counts parts with CTU into batches of Batch_Size, computes parts per batch slot and faults with a
/// division by zero when Batch_Size is 0 (as the real ST line <c>Fill := Count * 100 / Batch_Size;</c> would).
/// </summary>
public sealed class BatchCounterProgram : NativeProgram
{
    private CTU _counter = new();

    public BatchCounterProgram()
        : base("PRG_Batch")
    {
        Declare("Part_Sensor", PlcType.Bool, SignalDirection.Input);
        Declare("Reset_PB", PlcType.Bool, SignalDirection.Input);
        Declare("Batch_Size", PlcType.Int, SignalDirection.Input, PlcValue.FromInteger(5, PlcType.Int), new SignalRange(1, 20));
        Declare("Batch_Done", PlcType.Bool, SignalDirection.Output);
        Declare("Count", PlcType.Int, SignalDirection.Output);
        Declare("Fill_Pct", PlcType.Int, SignalDirection.Output);
        Declare("Total_Parts", PlcType.DInt, SignalDirection.Internal, retain: true);
    }

    protected override void Execute()
    {
        var size = (short)Integer("Batch_Size");
        _counter.Execute(Bool("Part_Sensor"), Bool("Reset_PB") || _counter.Q, size);
        var wasCount = Integer("Count");
        if (_counter.CV > wasCount)
        {
            Write("Total_Parts", Integer("Total_Parts") + 1);
        }

        Write("Count", _counter.CV);
        Write("Batch_Done", _counter.Q);
        if (size == 0)
        {
            throw new PlcRuntimeFault(RuntimeFaultKind.DivisionByZero, "division by zero: Batch_Size is 0", new FaultLocation("batch.st", 14, 31));
        }

        Write("Fill_Pct", _counter.CV * 100 / size);
    }

    protected override void ResetBlocks() => _counter = new CTU();
}
