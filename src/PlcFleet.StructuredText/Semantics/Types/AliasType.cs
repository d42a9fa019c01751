namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// A directly derived type, <c>TYPE MotorSpeed : INT; END_TYPE</c>. It is a type of its own by name, but
/// conversions and operators treat it as its target.
/// </summary>
public sealed class AliasType(string name, StType target) : StType
{
    public override string Name { get; } = name;

    public StType Target { get; } = target;

    public override StType Underlying => Target.Underlying;

    public override bool Equals(StType? other) => other is AliasType a && SameName(a.Name, Name);

    public override int GetHashCode() => NameHash(Name);
}
