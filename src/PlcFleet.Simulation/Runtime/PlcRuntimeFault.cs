namespace PlcFleet.Simulation.Runtime;

/// <summary>
/// Raised by a program instance when the PLC program itself fails during a scan (division by zero, array index out
/// of range, dereferencing a null POINTER/REFERENCE, watchdog). The harness turns it into a <see cref="RuntimeFault"/>
/// record; users never see a .NET stack trace.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "PLC engineers say runtime fault; the name is part of the simulator contract.")]
public sealed class PlcRuntimeFault : Exception
{
    public PlcRuntimeFault(RuntimeFaultKind kind, string message, FaultLocation? location = null)
        : base(message)
    {
        Kind = kind;
        Location = location;
    }

    public PlcRuntimeFault()
        : this(RuntimeFaultKind.Watchdog, "runtime fault")
    {
    }

    public PlcRuntimeFault(string message)
        : this(RuntimeFaultKind.Watchdog, message)
    {
    }

    public PlcRuntimeFault(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RuntimeFaultKind Kind { get; }

    public FaultLocation? Location { get; }
}
