using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

/// <summary>An expression compiled to one typed delegate: exactly one of L, D or O is set, by <see cref="Storage"/>.</summary>
public sealed record CompiledExpression(StType Type, StorageClass Storage, Func<Frame, long>? L, Func<Frame, double>? D, Func<Frame, object?>? O)
{
    public static CompiledExpression Long(StType type, Func<Frame, long> read) => new(type, StorageClass.Long, read, null, null);

    public static CompiledExpression Real(StType type, Func<Frame, double> read) => new(type, StorageClass.Real, null, read, null);

    public static CompiledExpression Object(StType type, Func<Frame, object?> read) => new(type, StorageClass.Object, null, null, read);
}
