namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>A field of a STRUCT, in declaration order.</summary>
public sealed record StructField(string Name, StType Type);
