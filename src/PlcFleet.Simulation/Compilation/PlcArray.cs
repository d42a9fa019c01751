namespace PlcFleet.Simulation.Compilation;

/// <summary>ARRAY storage: one flat typed buffer (row-major) plus the declared bounds, which every access checks.</summary>
internal sealed class PlcArray(long[] lower, long[] length, StorageClass storage, int count, bool elementsAreValues = false)
{
    public long[] Lower { get; } = lower;

    public long[] Length { get; } = length;

    /// <summary>True when elements are structs, instances or arrays (copied with the array), false for interfaces and pointers.</summary>
    public bool ElementsAreValues { get; } = elementsAreValues;

    public readonly long[]? L = storage == StorageClass.Long ? new long[count] : null;

    public readonly double[]? D = storage == StorageClass.Real ? new double[count] : null;

    public readonly object?[]? O = storage == StorageClass.Object ? new object?[count] : null;

    /// <summary>The flat position of an element, or -1 when an index is outside its dimension's bounds.</summary>
    public int Offset(ReadOnlySpan<long> indices)
    {
        long offset = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            var relative = indices[i] - Lower[i];
            if (relative < 0 || relative >= Length[i])
            {
                return -1;
            }

            offset = (offset * Length[i]) + relative;
        }

        return (int)offset;
    }
}
