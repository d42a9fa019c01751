namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>
/// A CODESYS/TwinCAT operator that looks like a function but takes any variable: ADR (address), SIZEOF (size in
/// bytes), REF (reference), BITADR. Not part of IEC 61131-3, so strict IEC does not know them.
/// </summary>
public sealed class VendorOperatorSymbol : Symbol
{
    private static readonly Dictionary<string, VendorOperatorSymbol> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ADR"] = new("ADR"),
        ["SIZEOF"] = new("SIZEOF"),
        ["REF"] = new("REF"),
        ["BITADR"] = new("BITADR"),
    };

    private VendorOperatorSymbol(string name)
        : base(name, null)
    {
    }

    public static VendorOperatorSymbol? Find(string name) => ByName.GetValueOrDefault(name);
}
