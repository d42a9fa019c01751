using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Tests.Semantics.Types;

public sealed class TypeModelTests
{
    [Theory]
    [InlineData("BOOL", 1, false)]
    [InlineData("BYTE", 8, false)]
    [InlineData("SINT", 8, true)]
    [InlineData("INT", 16, true)]
    [InlineData("UDINT", 32, false)]
    [InlineData("LINT", 64, true)]
    [InlineData("REAL", 32, true)]
    [InlineData("LREAL", 64, true)]
    [InlineData("LTIME", 64, true)]
    [InlineData("WCHAR", 16, false)]
    public void Elementary_types_know_size_and_signedness(string name, int bits, bool signed)
    {
        Assert.True(ElementaryType.TryLookup(name, out var t));
        Assert.Equal(bits, t.SizeInBits);
        Assert.Equal(signed, t.IsSigned);
    }

    [Theory]
    [InlineData("SINT", -128, 127)]
    [InlineData("INT", -32768, 32767)]
    [InlineData("USINT", 0, 255)]
    [InlineData("UINT", 0, 65535)]
    [InlineData("DINT", -2147483648, 2147483647)]
    [InlineData("WORD", 0, 65535)]
    public void Integer_ranges(string name, long min, long max)
    {
        Assert.True(ElementaryType.TryLookup(name, out var t));
        Assert.Equal((Int128)min, t.MinValue);
        Assert.Equal((Int128)max, t.MaxValue);
    }

    [Theory]
    [InlineData("TIME_OF_DAY", "TOD")]
    [InlineData("tod", "TOD")]
    [InlineData("DATE_AND_TIME", "DT")]
    [InlineData("LTIME_OF_DAY", "LTOD")]
    [InlineData("LDATE_AND_TIME", "LDT")]
    public void Long_spellings_name_the_same_type(string spelling, string name)
    {
        Assert.True(ElementaryType.TryLookup(spelling, out var t));
        Assert.Equal(name, t.Name);
    }

    [Fact]
    public void Names_read_as_an_engineer_writes_them()
    {
        Assert.Equal("STRING", StringType.String.Name);
        Assert.Equal("WSTRING(20)", new StringType(true, 20).Name);
        Assert.Equal("ARRAY[1..10, 0..3] OF REAL", new ArrayType([new(1, 10), new(0, 3)], ElementaryType.Real).Name);
        Assert.Equal("ARRAY[*] OF INT", new ArrayType([ArrayDimension.Variable], ElementaryType.Int).Name);
        Assert.Equal("INT(0..100)", new SubrangeType(ElementaryType.Int, 0, 100).Name);
        Assert.Equal("POINTER TO BYTE", new PointerType(ElementaryType.Byte).Name);
        Assert.Equal("REFERENCE TO ST_Recipe", new ReferenceType(new StructType("ST_Recipe", [])).Name);
    }

    [Fact]
    public void Anonymous_types_compare_by_structure_and_declared_types_by_name()
    {
        Assert.Equal(new ArrayType(1, 8, ElementaryType.Bool), new ArrayType(1, 8, ElementaryType.Bool));
        Assert.NotEqual(new ArrayType(0, 7, ElementaryType.Bool), new ArrayType(1, 8, ElementaryType.Bool));
        Assert.Equal(new StringType(false, 20), new StringType(false, 20));
        Assert.NotEqual((StType)StringType.String, StringType.WString);
        Assert.Equal(new PointerType(ElementaryType.Int), new PointerType(ElementaryType.Int));

        var a = new StructType("ST_Motor", [new StructField("Speed", ElementaryType.Real)]);
        var b = new StructType("st_motor", []);
        Assert.Equal<StType>(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual<StType>(new AliasType("Speed", ElementaryType.Int), ElementaryType.Int);
    }

    [Fact]
    public void Enumeration_values_count_up_from_the_last_given_value()
    {
        var state = new EnumType("E_Valve", [("Closed", null), ("Opening", 10), ("Open", null), ("Fault", 99)]);
        Assert.Equal([0L, 10L, 11L, 99L], state.Members.Select(m => m.Value));
        Assert.Equal(ElementaryType.Int, state.BaseType);
        Assert.Equal("Open", state.FindMember(11)!.Name);
        Assert.Equal(99, state.FindMember("FAULT")!.Value);
    }

    [Fact]
    public void Structs_inherit_fields_and_may_point_to_themselves()
    {
        var header = new StructType("ST_Header", [new StructField("Id", ElementaryType.UDInt)]);
        var node = new StructType("ST_AlarmNode", self => [new StructField("Text", StringType.String), new StructField("Next", new PointerType(self))], header);
        Assert.Equal(["Id", "Text", "Next"], node.AllFields.Select(f => f.Name));
        Assert.Equal("POINTER TO ST_AlarmNode", node.FindField("next")!.Type.Name);
        Assert.True(node.IsDerivedFrom(header));
    }

    [Fact]
    public void Array_element_count_and_bounds()
    {
        var buffer = new ArrayType([new(1, 10), new(0, 3)], ElementaryType.Real);
        Assert.Equal(40, buffer.ElementCount);
        Assert.True(buffer.Dimensions[0].Contains(10));
        Assert.False(buffer.Dimensions[0].Contains(0));
        Assert.Throws<ArgumentException>(() => new ArrayDimension(5, 1));
    }

    [Fact]
    public void Subrange_bounds_must_fit_the_base()
    {
        Assert.Throws<ArgumentException>(() => new SubrangeType(ElementaryType.SInt, 0, 200));
        Assert.Throws<ArgumentException>(() => new SubrangeType(ElementaryType.Real, 0, 1));
        Assert.Equal(ElementaryType.Int, new SubrangeType(ElementaryType.Int, -10, 10).Underlying);
    }

    [Fact]
    public void Interfaces_extend_and_blocks_implement()
    {
        var start = new InterfaceType("I_Startable", [new MethodSignature("Start", [], ElementaryType.Bool)]);
        var drive = new InterfaceType("I_Drive", properties: [new PropertySignature("Speed", ElementaryType.Real, HasSetter: false)], baseInterfaces: [start]);
        var fb = new FunctionBlockType("FB_Conveyor", [], interfaces: [drive]);
        Assert.True(fb.Implements(start));
        Assert.NotNull(drive.FindMethod("START"));
        Assert.False(drive.FindProperty("speed")!.HasSetter);
    }

    [Theory]
    [InlineData("INT", "ANY_INT", true)]
    [InlineData("INT", "ANY_SIGNED", true)]
    [InlineData("INT", "ANY_UNSIGNED", false)]
    [InlineData("UDINT", "ANY_UNSIGNED", true)]
    [InlineData("REAL", "ANY_NUM", true)]
    [InlineData("REAL", "ANY_INT", false)]
    [InlineData("TIME", "ANY_MAGNITUDE", true)]
    [InlineData("TIME", "ANY_DURATION", true)]
    [InlineData("TIME", "ANY_NUM", false)]
    [InlineData("BOOL", "ANY_BIT", true)]
    [InlineData("BYTE", "ANY_INT", false)]
    [InlineData("DT", "ANY_DATE", true)]
    [InlineData("TOD", "ANY_DATE", true)]
    [InlineData("CHAR", "ANY_CHAR", true)]
    [InlineData("CHAR", "ANY_CHARS", true)]
    [InlineData("CHAR", "ANY_STRING", false)]
    [InlineData("LREAL", "ANY_ELEMENTARY", true)]
    [InlineData("LREAL", "ANY", true)]
    [InlineData("LREAL", "ANY_DERIVED", false)]
    public void Generic_category_membership(string type, string category, bool member)
    {
        Assert.True(ElementaryType.TryLookup(type, out var t));
        Assert.True(GenericType.TryLookup(category, out var g));
        Assert.Equal(member, g.Includes(t));
    }

    [Fact]
    public void Strings_and_derived_types_belong_to_their_categories()
    {
        Assert.True(GenericType.AnyString.Includes(new StringType(true, 10)));
        Assert.True(GenericType.AnyChars.Includes(StringType.String));
        var recipe = new StructType("ST_Recipe", []);
        Assert.True(GenericType.AnyDerived.Includes(recipe));
        Assert.True(GenericType.Any.Includes(recipe));
        Assert.False(GenericType.AnyElementary.Includes(recipe));
        var speed = new AliasType("MotorSpeed", ElementaryType.Int);
        Assert.True(GenericType.AnyInt.Includes(speed));
        Assert.True(GenericType.AnyDerived.Includes(speed));
        Assert.True(GenericType.AnyInt.IsWithin(GenericType.AnyMagnitude));
    }

    [Fact]
    public void Blocks_that_refer_to_each_other_are_declared_then_defined()
    {
        var line = new FunctionBlockType("FB_Line");
        var station = new FunctionBlockType("FB_Station");
        station.Define([new FunctionBlockMember("pLine", new PointerType(line), VariableKind.Local)]);
        line.Define([new FunctionBlockMember("fbStation", station, VariableKind.Local)]);
        Assert.True(line.IsDefined);
        Assert.Equal("POINTER TO FB_Line", station.FindMember("pLine")!.Type.Name);
        Assert.Throws<InvalidOperationException>(() => line.Define([]));
    }

    [Fact]
    public void Circular_inheritance_is_refused()
    {
        var a = new FunctionBlockType("FB_A");
        var b = new FunctionBlockType("FB_B", [], a);
        Assert.True(b.IsDerivedFrom(a));
        Assert.Throws<ArgumentException>(() => a.Define([], b));

        var i = new InterfaceType("I_A");
        var j = new InterfaceType("I_B", baseInterfaces: [i]);
        Assert.Throws<ArgumentException>(() => i.Define(baseInterfaces: [j]));

        var s = new StructType("ST_A");
        var t = new StructType("ST_B", [], s);
        Assert.Throws<ArgumentException>(() => s.Define([], t));
    }
}
