namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary><c>REF_TO T</c> (IEC 3rd ed.) or <c>REFERENCE TO T</c> (CODESYS): an implicitly dereferenced alias.</summary>
public sealed class ReferenceType(StType target) : StType
{
    public StType Target { get; } = target;

    public override string Name => $"REFERENCE TO {Target.Name}";

    public override bool Equals(StType? other) => other is ReferenceType r && r.Target.Equals(Target);

    public override int GetHashCode() => HashCode.Combine(31, Target);
}
