namespace PlcFleet.Simulation.Compilation;

/// <summary>Structs and arrays are values in ST: assigning one copies it, nested instances included.</summary>
public static class ValueCopy
{
    public static object? Clone(object? value) => value switch
    {
        Frame frame => CloneFrame(frame),
        PlcArray array => CloneArray(array),
        _ => value,
    };

    private static Frame CloneFrame(Frame source)
    {
        var copy = new Frame(source.Layout, source.Runtime);
        source.L.CopyTo(copy.L, 0);
        source.D.CopyTo(copy.D, 0);
        for (var i = 0; i < source.O.Length; i++)
        {
            copy.O[i] = Clone(source.O[i]);
        }

        return copy;
    }

    private static PlcArray CloneArray(PlcArray source)
    {
        var storage = source.L is not null ? StorageClass.Long : source.D is not null ? StorageClass.Real : StorageClass.Object;
        var count = source.L?.Length ?? source.D?.Length ?? source.O!.Length;
        var copy = new PlcArray(source.Lower, source.Length, storage, count);
        source.L?.CopyTo(copy.L!, 0);
        source.D?.CopyTo(copy.D!, 0);
        if (source.O is not null)
        {
            for (var i = 0; i < count; i++)
            {
                copy.O![i] = Clone(source.O[i]);
            }
        }

        return copy;
    }
}
