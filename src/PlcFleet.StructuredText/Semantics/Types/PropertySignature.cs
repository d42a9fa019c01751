namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>A PROPERTY of a function block or interface; read-only when it has no setter.</summary>
public sealed record PropertySignature(string Name, StType Type, bool HasGetter = true, bool HasSetter = true);
