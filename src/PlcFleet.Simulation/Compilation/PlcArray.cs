namespace PlcFleet.Simulation.Compilation;

/// <summary>ARRAY storage: one flat typed buffer (row-major) plus the declared bounds, which compiled accesses check.</summary>
internal sealed class PlcArray(long[] lower, long[] length, StorageClass storage, int count, bool elementsAreValues = false)
{
    public long[] Lower { get; } = lower;

    public long[] Length { get; } = length;

    /// <summary>True when elements are structs, instances or arrays (copied with the array), false for interfaces and pointers.</summary>
    public bool ElementsAreValues { get; } = elementsAreValues;

    public readonly long[]? L = storage == StorageClass.Long ? new long[count] : null;

    public readonly double[]? D = storage == StorageClass.Real ? new double[count] : null;

    public readonly object?[]? O = storage == StorageClass.Object ? new object?[count] : null;
}
