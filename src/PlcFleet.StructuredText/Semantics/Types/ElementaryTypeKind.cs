namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>The fixed-size elementary types of IEC 61131-3 (STRING and WSTRING are <see cref="StringType"/>).</summary>
public enum ElementaryTypeKind
{
    Bool,
    Byte,
    Word,
    DWord,
    LWord,
    SInt,
    Int,
    DInt,
    LInt,
    USInt,
    UInt,
    UDInt,
    ULInt,
    Real,
    LReal,
    Time,
    LTime,
    Date,
    LDate,
    TimeOfDay,
    LTimeOfDay,
    DateAndTime,
    LDateAndTime,
    Char,
    WChar,
}
