namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>The sections of the standard's function library (IEC 61131-3 3rd ed. Tables 22-37).</summary>
public enum FunctionGroup
{
    TypeConversion,
    Numeric,
    Arithmetic,
    BitShift,
    Bitwise,
    Selection,
    Comparison,
    String,
    Time,
}
