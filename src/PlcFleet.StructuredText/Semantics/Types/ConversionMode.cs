namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>Which implicit conversions the dialect accepts.</summary>
public enum ConversionMode
{
    /// <summary>IEC 61131-3 3rd ed. Figure 11 only.</summary>
    Strict,

    /// <summary>Also what CODESYS/TwinCAT convert silently (the field's default for .st files).</summary>
    Lenient,
}
