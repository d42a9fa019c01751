using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>A member of an enumeration, e.g. <c>E_ConveyorState#Running</c>, for CASE labels and constants.</summary>
public sealed record EnumValue(EnumType EnumType, EnumMember Member) : ConstantValue(EnumType)
{
    public override string ToString() => base.ToString();
}
