using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Tests.Semantics.Types;

public sealed class ConversionTests
{
    private static ElementaryType T(string name) =>
        ElementaryType.TryLookup(name, out var t) ? t : throw new ArgumentException(name);

    [Theory]
    [InlineData("SINT", "INT")]
    [InlineData("SINT", "DINT")]
    [InlineData("INT", "DINT")]
    [InlineData("DINT", "LINT")]
    [InlineData("USINT", "UINT")]
    [InlineData("UINT", "UDINT")]
    [InlineData("UDINT", "ULINT")]
    [InlineData("USINT", "INT")]
    [InlineData("UINT", "DINT")]
    [InlineData("UDINT", "LINT")]
    [InlineData("SINT", "REAL")]
    [InlineData("INT", "REAL")]
    [InlineData("UINT", "REAL")]
    [InlineData("DINT", "LREAL")]
    [InlineData("UDINT", "LREAL")]
    [InlineData("REAL", "LREAL")]
    [InlineData("BOOL", "BYTE")]
    [InlineData("BYTE", "WORD")]
    [InlineData("WORD", "DWORD")]
    [InlineData("DWORD", "LWORD")]
    [InlineData("TIME", "LTIME")]
    [InlineData("DT", "LDT")]
    [InlineData("TOD", "LTOD")]
    [InlineData("DATE", "LDATE")]
    public void Standard_widening_is_implicit_and_exact(string from, string to)
    {
        var conversion = Conversions.Classify(T(from), T(to));
        Assert.Equal(ConversionKind.ImplicitWidening, conversion.Kind);
        Assert.False(conversion.LosesPrecision);
        Assert.True(conversion.IsImplicit(ConversionMode.Strict));
    }

    [Theory]
    [InlineData("INT", "SINT", true)]
    [InlineData("DINT", "INT", true)]
    [InlineData("LINT", "DINT", true)]
    [InlineData("SINT", "USINT", true)]
    [InlineData("INT", "UINT", true)]
    [InlineData("UINT", "INT", true)]
    [InlineData("DINT", "REAL", true)]
    [InlineData("LINT", "LREAL", true)]
    [InlineData("REAL", "INT", true)]
    [InlineData("LREAL", "REAL", true)]
    [InlineData("WORD", "BYTE", true)]
    [InlineData("WORD", "INT", true)]
    [InlineData("INT", "WORD", true)]
    [InlineData("UINT", "WORD", false)]
    [InlineData("BYTE", "USINT", false)]
    [InlineData("BOOL", "INT", false)]
    [InlineData("LTIME", "TIME", true)]
    public void Narrowing_and_cross_family_is_lenient_only(string from, string to, bool losesPrecision)
    {
        var conversion = Conversions.Classify(T(from), T(to));
        Assert.Equal(ConversionKind.Lenient, conversion.Kind);
        Assert.Equal(losesPrecision, conversion.LosesPrecision);
        Assert.False(conversion.IsImplicit(ConversionMode.Strict));
        Assert.True(conversion.IsImplicit(ConversionMode.Lenient));
    }

    [Theory]
    [InlineData("INT", "BOOL")]
    [InlineData("REAL", "BOOL")]
    [InlineData("TIME", "DINT")]
    [InlineData("DINT", "TIME")]
    [InlineData("DT", "DATE")]
    [InlineData("DT", "TOD")]
    [InlineData("BYTE", "CHAR")]
    public void Conversions_with_a_function_only_are_explicit(string from, string to)
    {
        var conversion = Conversions.Classify(T(from), T(to));
        Assert.Equal(ConversionKind.ExplicitOnly, conversion.Kind);
        Assert.False(conversion.IsImplicit(ConversionMode.Lenient));
    }

    [Theory]
    [InlineData("TIME", "BOOL")]
    [InlineData("BOOL", "TIME")]
    [InlineData("TOD", "DATE")]
    [InlineData("CHAR", "REAL")]
    public void Unrelated_types_have_no_conversion(string from, string to) =>
        Assert.Equal(ConversionKind.None, Conversions.Classify(T(from), T(to)).Kind);

    [Fact]
    public void Every_pair_of_elementary_types_is_classified_consistently()
    {
        foreach (var from in ElementaryType.All)
        {
            foreach (var to in ElementaryType.All)
            {
                var conversion = Conversions.Classify(from, to);
                if (from == to)
                {
                    Assert.Equal(ConversionKind.Identity, conversion.Kind);
                }
                else if (conversion.Kind == ConversionKind.ImplicitWidening)
                {
                    // Widening is one-way: the way back is never a standard widening.
                    Assert.NotEqual(ConversionKind.ImplicitWidening, Conversions.Classify(to, from).Kind);
                    Assert.False(conversion.LosesPrecision, $"{from}->{to}");
                }
            }
        }
    }

    [Theory]
    [InlineData("INT", "REAL", "REAL")]
    [InlineData("SINT", "USINT", "INT")]
    [InlineData("INT", "UINT", "DINT")]
    [InlineData("DINT", "UDINT", "LINT")]
    [InlineData("DINT", "REAL", "LREAL")]
    [InlineData("BOOL", "WORD", "WORD")]
    [InlineData("TIME", "LTIME", "LTIME")]
    [InlineData("INT", "INT", "INT")]
    [InlineData("USINT", "SINT", "INT")]
    public void Common_type_is_the_smallest_both_widen_to(string a, string b, string expected)
    {
        Assert.Equal(T(expected), Conversions.CommonType(T(a), T(b)));
        Assert.Equal(T(expected), Conversions.CommonType(T(b), T(a)));
    }

    [Theory]
    [InlineData("LINT", "ULINT")]
    [InlineData("INT", "TIME")]
    [InlineData("INT", "WORD")]
    [InlineData("BOOL", "INT")]
    public void Strict_common_type_is_absent_across_families(string a, string b) =>
        Assert.Null(Conversions.CommonType(T(a), T(b)));

    [Theory]
    [InlineData("INT", "WORD", "INT")]
    [InlineData("DINT", "REAL", "LREAL")]
    [InlineData("LINT", "ULINT", "LINT")]
    [InlineData("BYTE", "DINT", "DINT")]
    public void Lenient_common_type_follows_codesys(string a, string b, string expected) =>
        Assert.Equal(T(expected), Conversions.CommonType(T(a), T(b), ConversionMode.Lenient));

    [Fact]
    public void Strings_widen_to_longer_strings_and_truncation_is_flagged()
    {
        var shortText = new StringType(false, 10);
        Assert.False(Conversions.Classify(shortText, StringType.String).LosesPrecision);
        Assert.True(Conversions.Classify(StringType.String, shortText).LosesPrecision);
        Assert.Equal(StringType.String, Conversions.CommonType(shortText, StringType.String));
        Assert.Equal(ConversionKind.ExplicitOnly, Conversions.Classify(StringType.String, StringType.WString).Kind);
    }

    [Fact]
    public void Aliases_and_subranges_convert_like_their_base()
    {
        var speed = new AliasType("MotorSpeed", ElementaryType.Int);
        var percent = new SubrangeType(ElementaryType.Int, 0, 100);
        Assert.Equal(ConversionKind.Identity, Conversions.Classify(speed, ElementaryType.Int).Kind);
        Assert.Equal(ConversionKind.Identity, Conversions.Classify(percent, ElementaryType.Int).Kind);
        Assert.Equal(new Conversion(ConversionKind.ImplicitWidening, LosesPrecision: true), Conversions.Classify(ElementaryType.Int, percent));
        Assert.Equal(new Conversion(ConversionKind.ImplicitWidening), Conversions.Classify(new SubrangeType(ElementaryType.Int, 10, 20), percent));
        Assert.Equal(ConversionKind.ExplicitOnly, Conversions.Classify(ElementaryType.Time, percent).Kind);
        Assert.Equal(ConversionKind.ImplicitWidening, Conversions.Classify(speed, ElementaryType.DInt).Kind);
    }

    [Fact]
    public void Error_type_converts_silently_both_ways()
    {
        Assert.Equal(ConversionKind.Identity, Conversions.Classify(ErrorType.Instance, ElementaryType.Time).Kind);
        Assert.Equal(ConversionKind.Identity, Conversions.Classify(ElementaryType.Bool, ErrorType.Instance).Kind);
        Assert.Equal(ErrorType.Instance, Conversions.CommonType(ErrorType.Instance, ElementaryType.Int));
    }

    [Fact]
    public void Variable_length_array_parameter_accepts_fixed_arrays_of_same_rank()
    {
        var fixedArray = new ArrayType(1, 10, ElementaryType.Real);
        var open = new ArrayType([ArrayDimension.Variable], ElementaryType.Real);
        Assert.Equal(ConversionKind.ImplicitWidening, Conversions.Classify(fixedArray, open).Kind);
        Assert.Equal(ConversionKind.None, Conversions.Classify(new ArrayType(1, 10, ElementaryType.Int), open).Kind);
    }

    [Fact]
    public void Function_block_converts_to_base_block_and_implemented_interface()
    {
        var itf = new InterfaceType("I_Motor");
        var baseFb = new FunctionBlockType("FB_Motor", [], interfaces: [itf]);
        var derived = new FunctionBlockType("FB_ConveyorMotor", [], baseFb);
        Assert.Equal(ConversionKind.ImplicitWidening, Conversions.Classify(derived, baseFb).Kind);
        Assert.Equal(ConversionKind.ImplicitWidening, Conversions.Classify(derived, itf).Kind);
        Assert.Equal(ConversionKind.None, Conversions.Classify(baseFb, derived).Kind);
    }
}
