using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Writes a bound array or structure initializer ([180, 200, 220], (bOn := TRUE)) into a freshly created
/// <see cref="PlcArray"/> or struct <see cref="Frame"/>. Built once per declaration; running it only stores constants.
/// </summary>
internal static class AggregateInitializer
{
    public static Action<object?> Compile(InitialAggregate aggregate, CodeGenerator generator) => aggregate switch
    {
        InitialArray array => CompileArray(array, generator),
        InitialStruct structure => CompileStruct(structure, generator),
        InitialBlock block => CompileBlock(block, generator),
        _ => _ => { },
    };

    private static Action<object?> CompileArray(InitialArray array, CodeGenerator generator)
    {
        var storage = TypeStorage.Of(array.Array.ElementType);
        var single = TypeStorage.IsSinglePrecision(array.Array.ElementType);
        var stores = new List<Action<PlcArray>>();
        for (var i = 0; i < array.Elements.Count; i++)
        {
            var index = i;
            switch (array.Elements[i])
            {
                case InitialScalar scalar when storage == StorageClass.Long:
                    var integer = CodeGenerator.ConstantLong(scalar.Value);
                    stores.Add(target => target.L![index] = integer);
                    break;
                case InitialScalar scalar when storage == StorageClass.Real:
                    var real = single ? (float)CodeGenerator.ConstantReal(scalar.Value) : CodeGenerator.ConstantReal(scalar.Value);
                    stores.Add(target => target.D![index] = real);
                    break;
                case InitialScalar scalar:
                    var text = CodeGenerator.ConstantObject(scalar.Value);
                    stores.Add(target => target.O![index] = text);
                    break;
                case { } nested:
                    var apply = Compile(nested, generator);
                    stores.Add(target => apply(target.O![index]));
                    break;
            }
        }

        var all = stores.ToArray();
        return value =>
        {
            var target = (PlcArray)value!;
            foreach (var store in all)
            {
                store(target);
            }
        };
    }

    private static Action<object?> CompileStruct(InitialStruct structure, CodeGenerator generator) =>
        CompileMembers(generator.StructLayout(structure.Struct), structure.Members, generator);

    /// <summary>
    /// A block instance's initial member values: a user block's frame takes them like a struct; a standard block
    /// (TON, CTU) gets its inputs set on the simulator object, as a call would set them.
    /// </summary>
    private static Action<object?> CompileBlock(InitialBlock block, CodeGenerator generator)
    {
        if (generator.BlockPou(block.Block) is { } pou)
        {
            return CompileMembers(generator.LayoutOf(pou), block.Members, generator);
        }

        var standard = StandardBlockBinding.Find(block.Block.Name);
        var stores = block.Members
            .Select(m => m.Value is InitialScalar scalar ? standard?.Setter(m.Name, CodeGenerator.ConstantLong(scalar.Value)) : null)
            .OfType<Action<object>>()
            .ToArray();
        return value =>
        {
            foreach (var store in stores)
            {
                store(value!);
            }
        };
    }

    private static Action<object?> CompileMembers(FrameLayout layout, IReadOnlyList<InitialMember> members, CodeGenerator generator)
    {
        var stores = new List<Action<Frame>>();
        foreach (var member in members)
        {
            var slot = layout.Find(member.Name)!;
            var index = slot.Index;
            switch (member.Value)
            {
                case InitialScalar scalar when slot.Storage == StorageClass.Long:
                    var integer = CodeGenerator.ConstantLong(scalar.Value);
                    stores.Add(target => target.L[index] = integer);
                    break;
                case InitialScalar scalar when slot.Storage == StorageClass.Real:
                    var real = TypeStorage.IsSinglePrecision(slot.Type) ? (float)CodeGenerator.ConstantReal(scalar.Value) : CodeGenerator.ConstantReal(scalar.Value);
                    stores.Add(target => target.D[index] = real);
                    break;
                case InitialScalar scalar:
                    var text = CodeGenerator.ConstantObject(scalar.Value);
                    stores.Add(target => target.O[index] = text);
                    break;
                default:
                    var apply = Compile(member.Value, generator);
                    stores.Add(target => apply(target.O[index]));
                    break;
            }
        }

        var all = stores.ToArray();
        return value =>
        {
            var target = (Frame)value!;
            foreach (var store in all)
            {
                store(target);
            }
        };
    }
}
