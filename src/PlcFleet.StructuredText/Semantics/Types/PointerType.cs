namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary><c>POINTER TO T</c> (CODESYS/TwinCAT): dereferenced with <c>^</c>.</summary>
public sealed class PointerType(StType target) : StType
{
    public StType Target { get; } = target;

    // A struct may point at itself: print only the target's name, never its structure.
    public override string Name => $"POINTER TO {Target.Name}";

    public override bool Equals(StType? other) => other is PointerType p && p.Target.Equals(Target);

    public override int GetHashCode() => HashCode.Combine(17, Target);
}
