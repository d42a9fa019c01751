namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// A POINTER TO / REF_TO value: one slot of a frame's (or array's) typed storage. Immutable, so ADR of the same
/// variable hands out the same object every scan and a pointer copy is a reference copy.
/// </summary>
internal sealed class PlcPointer(long[]? l, double[]? d, object?[]? o, int index)
{
    public readonly long[]? L = l;

    public readonly double[]? D = d;

    public readonly object?[]? O = o;

    public readonly int Index = index;

    /// <summary>A pointer to an instance itself (THIS): its one-element box.</summary>
    public static PlcPointer ToInstance(object instance) => new(null, null, [instance], 0);
}
