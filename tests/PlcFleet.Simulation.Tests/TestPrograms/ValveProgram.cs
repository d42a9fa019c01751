using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Native;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.TestPrograms;

/// <summary>PRG_Valve: open/close commands with (or, for the faulty variant, without) the mutual interlock.</summary>
public sealed class ValveProgram : NativeProgram
{
    private readonly bool _interlocked;

    public ValveProgram(bool interlocked = true)
        : base("PRG_Valve")
    {
        _interlocked = interlocked;
        Declare("Open_Cmd", PlcType.Bool, SignalDirection.Input);
        Declare("Close_Cmd", PlcType.Bool, SignalDirection.Input);
        Declare("Valve_Open", PlcType.Bool, SignalDirection.Output);
        Declare("Valve_Close", PlcType.Bool, SignalDirection.Output);
    }

    protected override void Execute()
    {
        var open = Bool("Open_Cmd");
        var close = Bool("Close_Cmd");
        Write("Valve_Open", open && (!_interlocked || !close));
        Write("Valve_Close", close && (!_interlocked || !open));
    }

    protected override void ResetBlocks()
    {
    }
}
