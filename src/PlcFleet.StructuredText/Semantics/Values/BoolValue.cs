using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>TRUE or FALSE.</summary>
public sealed record BoolValue(bool Value) : ConstantValue(ElementaryType.Bool)
{
    public static BoolValue True { get; } = new(true);

    public static BoolValue False { get; } = new(false);

    public override string ToString() => base.ToString();
}
