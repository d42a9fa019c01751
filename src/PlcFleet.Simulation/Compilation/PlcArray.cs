namespace PlcFleet.Simulation.Compilation;

/// <summary>ARRAY storage: one flat typed buffer (row-major) plus the declared bounds, which every access checks.</summary>
public sealed class PlcArray(long[] lower, long[] length, StorageClass storage, int count)
{
    public long[] Lower { get; } = lower;

    public long[] Length { get; } = length;

    public long[]? L { get; } = storage == StorageClass.Long ? new long[count] : null;

    public double[]? D { get; } = storage == StorageClass.Real ? new double[count] : null;

    public object?[]? O { get; } = storage == StorageClass.Object ? new object?[count] : null;

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
