using System.Text;
using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Tests.Vendor;

public sealed class PlcOpenReaderTests
{
    private static VendorDocument Read(string text) => VendorFiles.Read(Encoding.UTF8.GetBytes(text), VendorFormat.PlcOpenXml, "line3.xml");

    [Fact]
    public void XML_declarations_become_ST_declarations_the_core_binds()
    {
        var document = Read(VendorSamples.GuardPlcOpen());

        var tree = SyntaxTree.Parse(document.StructuredText!.Text);
        var compilation = Compilation.Create([tree]);

        Assert.Empty(document.Diagnostics);
        Assert.Empty(tree.Diagnostics);
        Assert.DoesNotContain(compilation.GetSemanticDiagnostics(), d => d.IsError);
        Assert.Contains("xDoorSwitch AT %IX0.0 : BOOL;", document.StructuredText.Text.Text, StringComparison.Ordinal);
        Assert.Contains(document.Objects, o => o is { Kind: "Task", Name: "MainTask" });
    }

    [Fact]
    public void A_type_error_on_a_synthesised_declaration_points_at_its_variable_element()
    {
        var text = VendorSamples.GuardPlcOpen().Replace("<derived name=\"E_DoorState\" />", "<derived name=\"E_DoorStat\" />", StringComparison.Ordinal);
        var document = Read(text);

        var error = Compilation.Create([SyntaxTree.Parse(document.StructuredText!.Text)]).GetSemanticDiagnostics().First(d => d.IsError);

        Assert.Contains("<variable name=\"eState\">", error.Source.GetLineText(error.Start.Line), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_an_escaped_body_writes_entities_and_keeps_the_rest()
    {
        var text = VendorSamples.GuardPlcOpen();
        var document = Read(text);
        var body = document.Bodies.OfType<StCodeBody>().Single().Region;
        Assert.Equal(RegionQuoting.XmlEscaped, body.Quoting);
        Assert.Contains("nOpenCount < 32000", body.Content, StringComparison.Ordinal);

        var edited = Encoding.UTF8.GetString(document.WithRegionContent(body, body.Content.Replace("< 32000", "<= 30000 & TRUE", StringComparison.Ordinal)));

        Assert.Equal(text.Replace("&lt; 32000", "&lt;= 30000 &amp; TRUE", StringComparison.Ordinal), edited);
        Assert.Equal(Encoding.UTF8.GetBytes(text), document.WriteBack());
    }

    [Fact]
    public void Diagnostics_inside_escaped_text_keep_the_file_column_after_an_entity()
    {
        // An error after &lt; on the same line: the column must not drift by the entity's extra characters.
        var text = VendorSamples.GuardPlcOpen().Replace("AND NOT xDoorClosed THEN", "AND NOT xDoorClosed + THEN", StringComparison.Ordinal);
        var document = Read(text);
        var view = document.StructuredText!.Text;

        var error = SyntaxTree.Parse(view).Diagnostics.First(d => d.IsError);

        var lineText = error.Source.GetLineText(error.Start.Line);
        Assert.Contains("&lt; 32000 AND NOT xDoorClosed + THEN", lineText, StringComparison.Ordinal);
        Assert.Equal(view.Text[(error.Span.Start - 1)..(error.Span.Start + 5)], lineText[(error.Start.Column - 2)..(error.Start.Column + 4)]);
    }

    [Fact]
    public void A_ladder_body_is_kept_as_contacts_and_coils()
    {
        var document = Read(VendorSamples.GuardPlcOpen());

        var ladder = Assert.Single(document.Bodies.OfType<GraphicalCodeBody>());

        Assert.Equal(GraphicalLanguage.Ladder, ladder.Language);
        Assert.Contains(ladder.Elements, e => e is { Kind: "contact", Text: "xDoorSwitch" });
        Assert.Contains(ladder.Elements, e => e is { Kind: "coil", Text: "fbDoor.xDoorClosed" });
    }

    [Fact]
    public void An_unknown_PLCopen_namespace_is_an_error_at_the_project_element()
    {
        var document = Read(VendorSamples.GuardPlcOpen("http://www.plcopen.org/xml/tc6_0300"));

        var error = Assert.Single(document.Diagnostics);
        Assert.Equal(FormatDiagnostics.UnknownSchemaVersion, error.Code);
        Assert.Equal(2, error.Start.Line);
        Assert.Equal(Encoding.UTF8.GetBytes(VendorSamples.GuardPlcOpen("http://www.plcopen.org/xml/tc6_0300")), document.WriteBack());
    }
}
