using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Native;
using PlcFleet.Simulation.StandardBlocks;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.TestPrograms;

/// <summary>
/// PRG_Conveyor: start on a Start_PB edge only while the e-stop chain and the guard are healthy; Stop_PB, e-stop or
/// an open guard drop the motor; a horn sounds for 500 ms at start; Line_Ready after 200 ms of running.
/// </summary>
public class ConveyorProgram : NativeProgram
{
    private R_TRIG _startEdge = new();
    private TP _horn = null!;
    private TON _readyDelay = null!;

    public ConveyorProgram(string name = "PRG_Conveyor")
        : base(name)
    {
        Declare("Start_PB", PlcType.Bool, SignalDirection.Input);
        Declare("Stop_PB", PlcType.Bool, SignalDirection.Input);
        Declare("EStop_OK", PlcType.Bool, SignalDirection.Input);
        Declare("Guard_Closed", PlcType.Bool, SignalDirection.Input);
        Declare("Speed_SP", PlcType.Int, SignalDirection.Input, range: new SignalRange(0, 100));
        Declare("Motor_Run", PlcType.Bool, SignalDirection.Output);
        Declare("Horn", PlcType.Bool, SignalDirection.Output);
        Declare("Line_Ready", PlcType.Bool, SignalDirection.Output);
        Declare("Speed_Out", PlcType.Int, SignalDirection.Output);
        Declare("Conveyor1.Running", PlcType.Bool, SignalDirection.Internal);
        Declare("Starts", PlcType.DInt, SignalDirection.Internal, retain: true);
        ResetBlocks();
    }

    protected bool Permissive => Bool("EStop_OK") && Bool("Guard_Closed");

    protected R_TRIG StartEdge => _startEdge;

    protected override void Execute()
    {
        _startEdge.Execute(Bool("Start_PB"));
        var running = NextRunning(Bool("Conveyor1.Running"));
        if (running && !Bool("Conveyor1.Running"))
        {
            Write("Starts", Integer("Starts") + 1);
        }

        Write("Conveyor1.Running", running);
        Write("Motor_Run", running);
        _horn.Execute(_startEdge.Q && Permissive, TimeSpan.FromMilliseconds(500));
        Write("Horn", _horn.Q);
        _readyDelay.Execute(running, TimeSpan.FromMilliseconds(200));
        Write("Line_Ready", _readyDelay.Q);
        Write("Speed_Out", running ? Integer("Speed_SP") : 0);
    }

    /// <summary>The seal-in rung: stop, e-stop and guard win over a start edge.</summary>
    protected virtual bool NextRunning(bool running)
    {
        if (!Permissive || Bool("Stop_PB"))
        {
            return false;
        }

        return running || _startEdge.Q;
    }

    protected override void ResetBlocks()
    {
        _startEdge = new R_TRIG();
        _horn = new TP(Clock);
        _readyDelay = new TON(Clock);
    }
}

/// <summary>The same conveyor refactored to an RS block: behaviour must be identical.</summary>
public sealed class ConveyorWithRsBlock : ConveyorProgram
{
    private RS _seal = new();

    protected override bool NextRunning(bool running)
    {
        _seal.Execute(StartEdge.Q, !Permissive || Bool("Stop_PB"));
        return _seal.Q1;
    }

    protected override void ResetBlocks()
    {
        base.ResetBlocks();
        _seal = new RS();
    }
}

/// <summary>
/// A wrong "after": the start request is remembered across an e-stop, so the motor restarts by itself when the
/// e-stop chain closes again, without a new start edge.
/// </summary>
public sealed class ConveyorRestartsWithoutStartEdge : ConveyorProgram
{
    private bool _requested;

    protected override bool NextRunning(bool running)
    {
        if (Bool("Stop_PB"))
        {
            _requested = false;
        }
        else if (StartEdge.Q && Permissive)
        {
            _requested = true;
        }

        return _requested && Permissive;
    }

    protected override void ResetBlocks()
    {
        base.ResetBlocks();
        _requested = false;
    }
}
