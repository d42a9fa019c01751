namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// A <c>FROM_TO_TO</c> conversion function that exists. <see cref="IsVendorExtension"/> marks the ones CODESYS and
/// TwinCAT add beyond IEC 61131-3 3rd ed. Table 22 (TIME_TO_DINT, INT_TO_STRING...).
/// </summary>
public sealed record ConversionFunctionPair(StType From, StType To, bool IsVendorExtension)
{
    public string FunctionName => $"{Keyword(From)}_TO_{Keyword(To)}";

    private static string Keyword(StType type) => type is StringType s ? s.Keyword : type.Name;
}
