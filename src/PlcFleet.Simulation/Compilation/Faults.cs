using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.Compilation;

/// <summary>The runtime faults compiled code raises; the scan harness turns them into a fault result with the position.</summary>
internal static class Faults
{
    public static PlcRuntimeFault DivisionByZero(string text, FaultLocation? location) =>
        new(RuntimeFaultKind.DivisionByZero, $"division by zero in {text}", location);

    public static PlcRuntimeFault IndexOutOfRange(long index, string text, FaultLocation? location) =>
        new(RuntimeFaultKind.IndexOutOfRange, $"index {index} is outside the bounds of {text}", location);

    public static PlcRuntimeFault NullDereference(string text, FaultLocation? location) =>
        new(RuntimeFaultKind.NullDereference, $"{text} points nowhere (null dereference)", location);

    public static PlcRuntimeFault Watchdog(long budget, FaultLocation? location) =>
        new(RuntimeFaultKind.Watchdog, $"loop watchdog: more than {budget} iterations in one scan", location);
}
