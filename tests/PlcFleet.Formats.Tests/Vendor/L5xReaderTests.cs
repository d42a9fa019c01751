using System.Text;
using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Tests.Vendor;

public sealed class L5xReaderTests
{
    private static VendorDocument Read(string text) => VendorFiles.Read(Encoding.UTF8.GetBytes(text), VendorFormat.RockwellL5x, "Packer.L5X");

    [Fact]
    public void Tags_programs_routines_and_the_AOI_bind_as_ST()
    {
        var document = Read(VendorSamples.PackagingL5x);

        var tree = SyntaxTree.Parse(document.StructuredText!.Text);
        var errors = Compilation.Create([tree]).GetSemanticDiagnostics().Where(d => d.IsError).ToList();

        Assert.Empty(document.Diagnostics);
        Assert.Empty(tree.Diagnostics);
        Assert.Empty(errors);
        Assert.Equal(Encoding.UTF8.GetBytes(VendorSamples.PackagingL5x), document.WriteBack());
        Assert.Contains(document.Objects, o => o is { Kind: "AddOnInstruction", Name: "AOI_Interlock" });
        Assert.Contains(document.Objects, o => o is { Kind: "Routine (RLL)", Name: "MainProgram/Jam" });
    }

    [Fact]
    public void A_ladder_rung_is_kept_with_its_instructions_and_branch()
    {
        var document = Read(VendorSamples.PackagingL5x);

        var rung = Assert.Single(Assert.Single(document.Bodies.OfType<LadderCodeBody>()).Rungs);

        Assert.Equal("Jam: photo eye blocked for 5 s while running", rung.Comment);
        Assert.Equal("XIC(PhotoEye)[XIC(Infeed.Run),XIO(EStopOk)]TON(JamTimer,5000,0)", string.Concat(rung.Elements));
        Assert.IsType<LadderBranch>(rung.Elements[1]);
    }

    [Fact]
    public void A_missing_semicolon_in_an_ST_line_is_reported_at_the_end_of_that_Line_element()
    {
        var text = VendorSamples.PackagingL5x.Replace("Infeed.Run := PhotoEye;", "Infeed.Run := PhotoEye", StringComparison.Ordinal);
        var document = Read(text);

        var error = SyntaxTree.Parse(document.StructuredText!.Text).Diagnostics.First(d => d.IsError);

        Assert.Equal("<![CDATA[    Infeed.Run := PhotoEye]]>", error.Source.GetLineText(error.Start.Line));
        Assert.Equal(error.Source.GetLineText(error.Start.Line).Length - 2, error.Start.Column);
    }

    [Fact]
    public void Editing_one_ST_line_changes_only_that_line()
    {
        var document = Read(VendorSamples.PackagingL5x);
        var line = document.Bodies.OfType<StCodeBody>().Select(b => b.Region).Single(r => r.Content.Contains("PhotoEye;", StringComparison.Ordinal));

        var edited = Encoding.UTF8.GetString(document.WithRegionContent(line, "    Infeed.Run := PhotoEye AND Infeed.Fault = 0;"));

        Assert.Equal(VendorSamples.PackagingL5x.Replace("Infeed.Run := PhotoEye;", "Infeed.Run := PhotoEye AND Infeed.Fault = 0;", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Aliases_of_module_IO_bits_are_located_inputs_and_outputs_other_aliases_are_left_out()
    {
        var text = VendorSamples.PackagingL5x.Replace("<Tag Name=\"EStopOk\" TagType=\"Base\" DataType=\"BOOL\" Radix=\"Decimal\" Constant=\"false\" ExternalAccess=\"Read/Write\"/>",
            "<Tag Name=\"EStopOk\" TagType=\"Alias\" Radix=\"Decimal\" AliasFor=\"Local:1:I.Data.0\" ExternalAccess=\"Read/Write\"/>\n" +
            "<Tag Name=\"InfeedK1\" TagType=\"Alias\" Radix=\"Decimal\" AliasFor=\"Local:2:O.Data.4\" ExternalAccess=\"Read/Write\"/>\n" +
            "<Tag Name=\"Jam\" TagType=\"Alias\" Radix=\"Decimal\" AliasFor=\"JamTimer.DN\" ExternalAccess=\"Read/Write\"/>", StringComparison.Ordinal);

        var view = Read(text).StructuredText!.Text.Text;

        Assert.Contains("EStopOk AT %I* : BOOL;", view, StringComparison.Ordinal);
        Assert.Contains("InfeedK1 AT %Q* : BOOL;", view, StringComparison.Ordinal);
        Assert.DoesNotContain("Jam :", view, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tags_stored_value_is_its_initial_value()
    {
        var text = VendorSamples.PackagingL5x.Replace(
            "<Tag Name=\"JamTimer\" TagType=\"Base\" DataType=\"TIMER\" Constant=\"false\" ExternalAccess=\"Read/Write\"/>",
            "<Tag Name=\"JamTimer\" TagType=\"Base\" DataType=\"TIMER\" Constant=\"false\" ExternalAccess=\"Read/Write\">\n<Data Format=\"Decorated\">\n<Structure DataType=\"TIMER\">\n" +
            "<DataValueMember Name=\"PRE\" DataType=\"DINT\" Radix=\"Decimal\" Value=\"5000\"/>\n<DataValueMember Name=\"DN\" DataType=\"BOOL\" Value=\"0\"/>\n</Structure>\n</Data>\n</Tag>",
            StringComparison.Ordinal);

        var document = Read(text);

        Assert.Contains("JamTimer : TIMER := (PRE := 5000, DN := FALSE);", document.StructuredText!.Text.Text, StringComparison.Ordinal);
        Assert.Empty(SyntaxTree.Parse(document.StructuredText.Text).Diagnostics);
    }
}
