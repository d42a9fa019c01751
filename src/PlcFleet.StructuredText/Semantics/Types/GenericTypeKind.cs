namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>The generic data types of IEC 61131-3 (3rd ed. Figure 5), used to type standard function parameters.</summary>
public enum GenericTypeKind
{
    Any,
    AnyDerived,
    AnyElementary,
    AnyMagnitude,
    AnyNum,
    AnyReal,
    AnyInt,
    AnySigned,
    AnyUnsigned,
    AnyDuration,
    AnyBit,
    AnyChars,
    AnyString,
    AnyChar,
    AnyDate,
}
