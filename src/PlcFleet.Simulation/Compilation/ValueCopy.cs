using PlcFleet.Simulation.StandardBlocks;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Structs, arrays and block instances are values in ST: assigning one copies it, nested instances included (two
/// structs never share a timer). Interfaces and pointers inside are references and stay shared.
/// </summary>
internal static class ValueCopy
{
    public static object? Clone(object? value) => value switch
    {
        Frame frame => CloneFrame(frame),
        PlcArray array => CloneArray(array),
        IStandardBlock block => block.Copy(),
        _ => value,
    };

    private static Frame CloneFrame(Frame source)
    {
        var copy = new Frame(source.Layout, source.Runtime);
        source.L.CopyTo(copy.L, 0);
        source.D.CopyTo(copy.D, 0);
        foreach (var slot in source.Layout.Slots)
        {
            if (slot.Storage == StorageClass.Object)
            {
                var value = source.O[slot.Index];
                copy.O[slot.Index] = TypeStorage.IsValueObject(slot.Type) ? Clone(value) : value;
            }
        }

        return copy;
    }

    private static PlcArray CloneArray(PlcArray source)
    {
        var storage = source.L is not null ? StorageClass.Long : source.D is not null ? StorageClass.Real : StorageClass.Object;
        var count = source.L?.Length ?? source.D?.Length ?? source.O!.Length;
        var copy = new PlcArray(source.Lower, source.Length, storage, count, source.ElementsAreValues);
        source.L?.CopyTo(copy.L!, 0);
        source.D?.CopyTo(copy.D!, 0);
        if (source.O is not null)
        {
            for (var i = 0; i < count; i++)
            {
                copy.O![i] = source.ElementsAreValues ? Clone(source.O[i]) : source.O[i];
            }
        }

        return copy;
    }
}
