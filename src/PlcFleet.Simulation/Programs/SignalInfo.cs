using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Programs;

/// <summary>
/// One signal of a program instance: its name as ST spells it (dotted for FB members and global lists, e.g.
/// <c>Conveyor1.Running</c>, <c>GVL.Speed</c>), its IEC type and its direction.
/// </summary>
/// <param name="IsShared">
/// A global (or another program's variable): something outside this program can read it (an HMI, a communication
/// block, OPC UA), so when this program writes it, it is observable behaviour even without an I/O address.
/// </param>
public sealed record SignalInfo(string Name, PlcType Type, SignalDirection Direction, SignalRange? Range = null, bool IsRetain = false, bool IsShared = false)
{
    public override string ToString() => $"{Name} : {Type} ({Direction.ToString().ToLowerInvariant()})";
}
