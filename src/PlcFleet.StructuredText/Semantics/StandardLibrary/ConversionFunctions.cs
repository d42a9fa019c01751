using PlcFleet.StructuredText.Semantics.Types;
using static PlcFleet.StructuredText.Semantics.StandardLibrary.Signatures;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>
/// <c>*_TO_*</c> for every pair in <see cref="ConversionFunctionTable"/>, the overloaded <c>TO_*</c>, TRUNC and the
/// typed <c>REAL_TRUNC_INT</c> family, and the BCD conversions.
/// </summary>
internal static class ConversionFunctions
{
    private static readonly (ElementaryType Bits, ElementaryType Number)[] BcdPairs =
    [
        (ElementaryType.Byte, ElementaryType.USInt), (ElementaryType.Word, ElementaryType.UInt),
        (ElementaryType.DWord, ElementaryType.UDInt), (ElementaryType.LWord, ElementaryType.ULInt),
    ];

    public static IEnumerable<StandardFunction> Create()
    {
        foreach (var pair in ConversionFunctionTable.All)
        {
            yield return new StandardFunction(pair.FunctionName, FunctionGroup.TypeConversion,
                Fixed(pair.To, In("IN", pair.From)), pair.IsVendorExtension);
        }

        // TO_INT(x) etc.: one overload per source type that has a conversion function; exact matches win.
        foreach (var target in ConversionFunctionTable.All.Select(p => p.To).Distinct())
        {
            var sources = ConversionFunctionTable.All.Where(p => p.To.Equals(target)).Select(p => Fixed(target, In("IN", p.From)));
            var name = target is StringType s ? s.Keyword : target.Name;
            yield return new StandardFunction($"TO_{name}", FunctionGroup.TypeConversion,
                sources.Prepend(Fixed(target, In("IN", target))), isVendorExtension: true);
        }

        var integers = ElementaryType.All.Where(t => t.IsInteger).ToList();
        yield return new StandardFunction("TRUNC", FunctionGroup.TypeConversion,
            [Fixed(ElementaryType.DInt, In("IN", ElementaryType.Real)), Fixed(ElementaryType.LInt, In("IN", ElementaryType.LReal))]);
        foreach (var real in new[] { ElementaryType.Real, ElementaryType.LReal })
        {
            foreach (var integer in integers)
            {
                yield return new StandardFunction($"{real.Name}_TRUNC_{integer.Name}", FunctionGroup.TypeConversion,
                    Fixed(integer, In("IN", real)));
            }
        }

        foreach (var (bits, number) in BcdPairs)
        {
            yield return new StandardFunction($"{bits.Name}_BCD_TO_{number.Name}", FunctionGroup.TypeConversion, Fixed(number, In("IN", bits)));
            yield return new StandardFunction($"{number.Name}_TO_BCD_{bits.Name}", FunctionGroup.TypeConversion, Fixed(bits, In("IN", number)));
            yield return new StandardFunction($"BCD_TO_{number.Name}", FunctionGroup.TypeConversion, Fixed(number, In("IN", bits)));
            yield return new StandardFunction($"{number.Name}_TO_BCD", FunctionGroup.TypeConversion, Fixed(bits, In("IN", number)));
        }

        // CODESYS's classic BCD_TO_INT / INT_TO_BCD, still common in field code.
        yield return new StandardFunction("BCD_TO_INT", FunctionGroup.TypeConversion, Fixed(ElementaryType.Int, In("IN", ElementaryType.Word)), isVendorExtension: true);
        yield return new StandardFunction("INT_TO_BCD", FunctionGroup.TypeConversion, Fixed(ElementaryType.Word, In("IN", ElementaryType.Int)), isVendorExtension: true);
    }
}
