using System.Text;
using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Tests.Vendor;

public sealed class TwinCatReaderTests
{
    private static VendorDocument Read(byte[] bytes) => VendorFiles.Read(bytes, VendorFormat.TwinCat, "POUs/FB_Conveyor.TcPOU");

    [Fact]
    public void Writing_back_an_unchanged_TcPOU_with_BOM_and_CRLF_gives_the_same_bytes()
    {
        var bytes = VendorSamples.WithBom(VendorSamples.ConveyorTcPou);

        var document = Read(bytes);

        Assert.Equal(bytes, document.WriteBack());
        Assert.Equal(3, document.File.PreambleLength);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Methods_properties_and_actions_become_one_function_block_the_language_core_compiles()
    {
        var document = Read(Encoding.UTF8.GetBytes(VendorSamples.ConveyorTcPou));

        var tree = SyntaxTree.Parse(document.StructuredText!.Text);
        var compilation = Compilation.Create([tree]);

        Assert.Empty(tree.Diagnostics);
        Assert.DoesNotContain(compilation.GetSemanticDiagnostics(), d => d.IsError);
        Assert.Equal(["FUNCTION_BLOCK FB_Conveyor", "METHOD FB_Conveyor.M_Permit", "PROPERTY FB_Conveyor.nSpeed", "ACTION FB_Conveyor.A_Stop"],
            document.Objects.Select(o => $"{o.Kind} {o.Name}"));
        Assert.Equal(5, document.Bodies.OfType<StCodeBody>().Count());
    }

    [Fact]
    public void An_error_in_a_method_is_reported_at_the_line_and_column_of_the_TcPOU()
    {
        var broken = VendorSamples.ConveyorTcPou.Replace("M_Permit := bEStopOk AND", "M_Permit := bEStopOk AND AND", StringComparison.Ordinal);
        var document = Read(Encoding.UTF8.GetBytes(broken));

        var error = Assert.Single(SyntaxTree.Parse(document.StructuredText!.Text).Diagnostics, d => d.IsError);

        // The parser reports the missing operand right after the first AND; that spot in the file is line and column of the TcPOU.
        var fileLines = broken.Split("\r\n");
        var line = Array.FindIndex(fileLines, l => l.Contains("AND AND", StringComparison.Ordinal)) + 1;
        Assert.Equal("POUs/FB_Conveyor.TcPOU", error.FilePath);
        Assert.Equal(line, error.Start.Line);
        Assert.Equal(fileLines[line - 1].IndexOf("AND AND", StringComparison.Ordinal) + 4, error.Start.Column);
        Assert.Equal(fileLines[line - 1], error.Source.GetLineText(error.Start.Line));
    }

    [Fact]
    public void Editing_one_method_body_changes_only_those_bytes()
    {
        var original = VendorSamples.ConveyorTcPou;
        var document = Read(VendorSamples.WithBom(original));
        var method = document.Bodies.OfType<StCodeBody>().Single(b => b.Owner == "FB_Conveyor.M_Permit").Region;

        var edited = document.WithRegionContent(method, "M_Permit := bEStopOk AND bGuardClosed AND NOT tonJam.Q AND _nSpeed > 0;");

        var expected = VendorSamples.WithBom(original.Replace("AND NOT tonJam.Q;]]>", "AND NOT tonJam.Q AND _nSpeed > 0;]]>", StringComparison.Ordinal));
        Assert.Equal(expected, edited);
    }

    [Fact]
    public void An_edit_through_the_ST_view_lands_in_the_right_region()
    {
        var document = Read(Encoding.UTF8.GetBytes(VendorSamples.ConveyorTcPou));
        var view = document.StructuredText!.Text.Text;
        var at = view.IndexOf("T#5S", StringComparison.Ordinal);

        var edited = document.EditStructuredText(at, 4, "T#8S", out var problem);

        Assert.Null(problem);
        Assert.Equal(VendorSamples.ConveyorTcPou.Replace("T#5S", "T#8S", StringComparison.Ordinal), Encoding.UTF8.GetString(edited!));
    }

    [Fact]
    public void An_edit_that_would_change_a_generated_END_METHOD_is_refused()
    {
        var document = Read(Encoding.UTF8.GetBytes(VendorSamples.ConveyorTcPou));
        var view = document.StructuredText!.Text.Text;

        var edited = document.EditStructuredText(view.IndexOf("END_METHOD", StringComparison.Ordinal), 10, "END_FUNCTION", out var problem);

        Assert.Null(edited);
        Assert.Contains("not inside one piece of ST code", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_XML_is_an_error_at_file_line_and_column()
    {
        var truncated = VendorSamples.ConveyorTcPou[..VendorSamples.ConveyorTcPou.IndexOf("<Method", StringComparison.Ordinal)];

        var document = Read(Encoding.UTF8.GetBytes(truncated));

        var error = Assert.Single(document.Diagnostics);
        Assert.Equal(FormatDiagnostics.InvalidXml, error.Code);
        Assert.StartsWith("POUs/FB_Conveyor.TcPOU:", error.ToString(), StringComparison.Ordinal);
        Assert.True(error.Start.Line > 20);
        Assert.Null(document.StructuredText);
    }

    [Fact]
    public void A_file_that_is_not_a_TwinCAT_object_and_an_unknown_version_are_reported()
    {
        var wrongRoot = Read(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<Project Sdk=\"x\" />"));
        var newVersion = Read(Encoding.UTF8.GetBytes(VendorSamples.ConveyorTcPou.Replace("Version=\"1.1.0.1\"", "Version=\"9.0\"", StringComparison.Ordinal)));

        Assert.Equal(FormatDiagnostics.WrongDocument, Assert.Single(wrongRoot.Diagnostics).Code);
        var warning = Assert.Single(newVersion.Diagnostics);
        Assert.Equal(FormatDiagnostics.UnknownSchemaVersion, warning.Code);
        Assert.Equal(2, warning.Start.Line);
    }
}
