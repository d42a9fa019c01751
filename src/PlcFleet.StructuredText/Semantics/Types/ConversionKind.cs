namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>How a value of one type may become a value of another.</summary>
public enum ConversionKind
{
    /// <summary>No conversion exists, not even a <c>*_TO_*</c> function (TIME to BOOL, ARRAY to INT).</summary>
    None,

    /// <summary>The same type (or an alias of it).</summary>
    Identity,

    /// <summary>Allowed silently by IEC 61131-3 3rd ed. Figure 11 (INT → DINT, REAL → LREAL, BYTE → WORD...).</summary>
    ImplicitWidening,

    /// <summary>
    /// Refused by the standard but accepted implicitly by CODESYS/TwinCAT (DINT → REAL, WORD → INT, INT → SINT).
    /// A lenient dialect allows it, usually with a warning when it loses precision.
    /// </summary>
    Lenient,

    /// <summary>Only through a conversion function such as <c>DINT_TO_INT</c>.</summary>
    ExplicitOnly,
}
