namespace PlcFleet.Simulation.Runtime;

/// <summary>A runtime fault as data: what, where in the source, and in which scan.</summary>
public sealed record RuntimeFault(RuntimeFaultKind Kind, string Message, FaultLocation? Location, long Cycle, TimeSpan Time)
{
    public static RuntimeFault From(PlcRuntimeFault fault, long cycle, TimeSpan time) =>
        new(fault.Kind, fault.Message, fault.Location, cycle, time);

    /// <summary>Compiler-style one-liner: <c>conveyor.st:42:17: runtime fault DivisionByZero in cycle 12 (120ms): ...</c>.</summary>
    public override string ToString()
    {
        var where = Location is null ? string.Empty : Location + ": ";
        return $"{where}runtime fault {Kind} in cycle {Cycle} ({Values.IecTime.FormatShort(Time)}): {Message}";
    }
}
