using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.StructuredText.Tests.Semantics.Values;

public sealed class DefaultValueTests
{
    [Theory]
    [InlineData("BOOL", "FALSE")]
    [InlineData("INT", "INT#0")]
    [InlineData("ULINT", "ULINT#0")]
    [InlineData("WORD", "WORD#16#0")]
    [InlineData("REAL", "REAL#0.0")]
    [InlineData("TIME", "T#0s")]
    [InlineData("LTIME", "LT#0s")]
    [InlineData("DATE", "D#1970-01-01")]
    [InlineData("TOD", "TOD#00:00:00")]
    [InlineData("DT", "DT#1970-01-01-00:00:00")]
    [InlineData("STRING", "''")]
    [InlineData("WSTRING", "\"\"")]
    public void Elementary_defaults(string type, string expected)
    {
        Assert.True(BuiltInTypes.TryLookup(type, out var t));
        Assert.Equal(expected, DefaultValues.For(t)!.ToString());
    }

    [Fact]
    public void Derived_defaults()
    {
        var state = new EnumType("E_PumpState", "Stopped", "Running");
        Assert.Equal("E_PumpState#Stopped", DefaultValues.For(state)!.ToString());
        Assert.Equal("INT#10", DefaultValues.For(new SubrangeType(ElementaryType.Int, 10, 20))!.ToString());
        Assert.Equal("INT#0", DefaultValues.For(new SubrangeType(ElementaryType.Int, -5, 5))!.ToString());
        Assert.Equal("REAL#0.0", DefaultValues.For(new AliasType("Pressure", ElementaryType.Real))!.ToString());
        Assert.Null(DefaultValues.For(new ArrayType(1, 4, ElementaryType.Int)));
    }

    [Fact]
    public void Built_in_type_names_cover_strings_and_generics()
    {
        Assert.True(BuiltInTypes.TryLookup("wstring", out var w));
        Assert.Equal(StringType.WString, w);
        Assert.True(BuiltInTypes.TryLookup("ANY_NUM", out var g));
        Assert.Equal(GenericType.AnyNum, g);
        Assert.False(BuiltInTypes.TryLookup("FB_Conveyor", out _));
    }
}
