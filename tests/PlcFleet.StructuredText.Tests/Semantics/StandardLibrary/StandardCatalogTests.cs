using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Tests.Semantics.StandardLibrary;

public sealed class StandardCatalogTests
{
    [Theory]
    [InlineData("limit")]
    [InlineData("Sel")]
    [InlineData("MUX")]
    [InlineData("int_to_real")]
    [InlineData("LREAL_TO_UDINT")]
    [InlineData("BYTE_TO_CHAR")]
    [InlineData("WSTRING_TO_STRING")]
    [InlineData("LDT_TO_TOD")]
    [InlineData("ADD_DT_TIME")]
    [InlineData("concat")]
    [InlineData("REPLACE")]
    [InlineData("ATAN2")]
    [InlineData("LREAL_TRUNC_SINT")]
    [InlineData("DWORD_BCD_TO_UDINT")]
    public void Functions_are_found_case_insensitively(string name) =>
        Assert.True(StandardCatalog.TryGetFunction(name, out _));

    [Fact]
    public void Every_pair_of_numeric_and_bit_types_has_a_conversion_function()
    {
        var types = ElementaryType.All.Where(t => t.IsNumeric || t.IsBit).ToList();
        foreach (var from in types)
        {
            foreach (var to in types.Where(t => t != from))
            {
                Assert.True(StandardCatalog.TryGetFunction($"{from.Name}_TO_{to.Name}", out var f), $"{from}_TO_{to}");
                Assert.False(f.IsVendorExtension);
            }
        }
    }

    [Fact]
    public void Every_explicit_only_conversion_has_its_function()
    {
        foreach (var from in ElementaryType.All)
        {
            foreach (var to in ElementaryType.All)
            {
                if (Conversions.Classify(from, to).Kind == ConversionKind.ExplicitOnly)
                {
                    Assert.True(StandardCatalog.TryGetFunction($"{from.Name}_TO_{to.Name}", out _), $"{from}_TO_{to}");
                }
            }
        }
    }

    [Theory]
    [InlineData("TIME_TO_DINT", true)]
    [InlineData("INT_TO_STRING", true)]
    [InlineData("DINT_TO_INT", false)]
    [InlineData("TIME_TO_LTIME", false)]
    [InlineData("TO_INT", true)]
    public void Vendor_conversions_are_marked(string name, bool vendor)
    {
        Assert.True(StandardCatalog.TryGetFunction(name, out var f));
        Assert.Equal(vendor, f.IsVendorExtension);
    }

    [Theory]
    [InlineData("ADD", true)]
    [InlineData("MUL", true)]
    [InlineData("MAX", true)]
    [InlineData("MIN", true)]
    [InlineData("MUX", true)]
    [InlineData("CONCAT", true)]
    [InlineData("AND", true)]
    [InlineData("GT", true)]
    [InlineData("SUB", false)]
    [InlineData("NE", false)]
    [InlineData("LIMIT", false)]
    [InlineData("SEL", false)]
    public void Extensibility_follows_the_standard(string name, bool extensible)
    {
        Assert.True(StandardCatalog.TryGetFunction(name, out var f));
        Assert.Equal(extensible, f.IsExtensible);
    }

    [Theory]
    [InlineData("LIMIT", "LIMIT<T : ANY_ELEMENTARY>(MN : T, IN : T, MX : T) : T")]
    [InlineData("SHL", "SHL<T : ANY_BIT>(IN : T, N : ANY_INT) : T")]
    [InlineData("LEN", "LEN(IN : ANY_STRING) : INT")]
    [InlineData("SEL", "SEL<T : ANY>(G : BOOL, IN0 : T, IN1 : T) : T")]
    [InlineData("MID", "MID<T : ANY_STRING>(IN : T, L : ANY_INT, P : ANY_INT) : T")]
    [InlineData("GT", "GT<T : ANY_ELEMENTARY>(IN1 : T, IN2 : T, ...) : BOOL")]
    [InlineData("MUX", "MUX<T : ANY>(K : ANY_INT, IN0 : T, IN1 : T, ...) : T")]
    public void Signatures_read_like_the_standard(string name, string expected)
    {
        Assert.True(StandardCatalog.TryGetFunction(name, out var f));
        Assert.Equal(expected, f.Signatures[0].Describe(f.Name));
    }

    [Fact]
    public void Unknown_names_are_not_found()
    {
        Assert.False(StandardCatalog.TryGetFunction("FB_Conveyor", out _));
        Assert.False(StandardCatalog.TryGetFunctionBlock("LIMIT", out _));
        Assert.True(StandardCatalog.IsReserved("ton"));
    }
}
