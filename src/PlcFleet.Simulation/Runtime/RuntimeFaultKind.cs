namespace PlcFleet.Simulation.Runtime;

/// <summary>What stopped the PLC: the faults that put a real controller into STOP.</summary>
public enum RuntimeFaultKind
{
    DivisionByZero,
    IndexOutOfRange,
    NullDereference,
    Watchdog,
}
