using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>
/// One actual argument of a call as the binder sees it: its formal name when written <c>IN := x</c> (null when
/// positional) and its type. An untyped literal (<c>0</c>, <c>100</c>, <c>1.5</c>) passes its value so the resolver
/// can let it take the type of the other arguments: <c>LIMIT(0, x, 100)</c> with INT x is INT.
/// </summary>
public sealed record FunctionArgument(string? Name, StType Type, ConstantValue? UntypedLiteral = null)
{
    public static FunctionArgument Positional(StType type) => new(null, type);

    public static FunctionArgument Named(string name, StType type) => new(name, type);

    public static FunctionArgument Literal(ConstantValue value, string? name = null) => new(name, value.Type, value);

    public bool IsUntypedLiteral => UntypedLiteral is not null;
}
