namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>The type of NULL: converts to every pointer, REF_TO, reference and interface, and compares with them.</summary>
public sealed class NullType : StType
{
    private NullType()
    {
    }

    public static NullType Instance { get; } = new();

    public override string Name => "NULL";

    public override bool Equals(StType? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => 1;
}
