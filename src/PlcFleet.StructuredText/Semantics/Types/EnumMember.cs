namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>A named value of an enumeration, e.g. <c>Running := 2</c>.</summary>
public sealed record EnumMember(string Name, long Value);
