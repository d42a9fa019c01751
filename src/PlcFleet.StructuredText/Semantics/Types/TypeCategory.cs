namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>The family an elementary type belongs to; it decides which operators and conversions apply.</summary>
public enum TypeCategory
{
    Bit,
    SignedInteger,
    UnsignedInteger,
    Real,
    Duration,
    Date,
    Char,
    String,
}
