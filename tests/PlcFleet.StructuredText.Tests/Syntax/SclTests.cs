using PlcFleet.StructuredText.Syntax;
using static PlcFleet.StructuredText.Tests.Syntax.SyntaxTestHelpers;

namespace PlcFleet.StructuredText.Tests.Syntax;

public sealed class SclTests
{
    private const string ConveyorBlock = """
        FUNCTION_BLOCK "FB_Conveyor"
        { S7_Optimized_Access := 'TRUE' }
        TITLE = Conveyor section
        AUTHOR : Controls
        VERSION : 0.1
           VAR_INPUT
              EStopOk : Bool;
           END_VAR
           VAR_OUTPUT
              "Motor On" : Bool;
           END_VAR
           VAR CONSTANT
              MAX_SPEED : Int := 1500;
           END_VAR

        BEGIN
           REGION Safety interlock
              IF NOT #EStopOk THEN
                 #"Motor On" := FALSE;
              END_IF;
           END_REGION
           "FC_Log"(Text := 'cycle');
        END_FUNCTION_BLOCK
        """;

    [Fact]
    public void Function_block_with_headers_regions_and_begin()
    {
        var tree = Parse(ConveyorBlock, Dialect.Scl);
        Assert.Empty(tree.Diagnostics);
        AssertRoundTrips(tree);
        var fb = Assert.IsType<FunctionBlockDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
        Assert.Equal("\"FB_Conveyor\"", fb.Name.Text);
        Assert.Equal(["TITLE", "AUTHOR", "VERSION"], fb.Headers.Select(header => header.Name.Text));
        Assert.Equal("Conveyor section", string.Join(" ", fb.Headers[0].Value.Select(token => token.Text)));
        Assert.Equal("0.1", fb.Headers[2].Value[0].Text);
        Assert.Equal("CONSTANT", fb.VarBlocks[2].Qualifiers[0].Text);
        Assert.NotNull(fb.BeginKeyword);
        var region = Assert.IsType<RegionStatementSyntax>(fb.Statements[0]);
        Assert.Equal("Safety interlock", string.Join(" ", region.Name.Select(token => token.Text)));
        Assert.IsType<IfStatementSyntax>(Assert.Single(region.Statements));
        Assert.IsType<ExpressionStatementSyntax>(fb.Statements[1]);
    }

    [Fact]
    public void Optimized_access_attribute_is_a_pragma_of_the_first_header()
    {
        var fb = (FunctionBlockDeclarationSyntax)Parse(ConveyorBlock, Dialect.Scl).Root.Declarations[0];
        var pragma = Assert.Single(fb.Headers[0].Pragmas);
        Assert.Contains("S7_Optimized_Access", pragma.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_names_are_identifiers_in_SCL_and_wide_strings_elsewhere()
    {
        Assert.Equal(SyntaxKind.IdentifierToken, SyntaxTree.Lex(new("\"Motor On\""), Dialect.Scl)[0].Kind);
        Assert.Equal(SyntaxKind.WideStringLiteralToken, SyntaxTree.Lex(new("\"Motor On\""), Dialect.Codesys)[0].Kind);
    }

    [Fact]
    public void Data_block_instance_with_begin_values()
    {
        var tree = Parse("DATA_BLOCK \"DB_Line\"\n{ S7_Optimized_Access := 'TRUE' }\nVERSION : 0.1\nNON_RETAIN\n\"FB_Conveyor\"\nBEGIN\n   Speed := 100;\nEND_DATA_BLOCK", Dialect.Scl);
        Assert.Empty(tree.Diagnostics);
        var db = Assert.IsType<DataBlockDeclarationSyntax>(tree.Root.Declarations[0]);
        Assert.Equal("NON_RETAIN", db.Qualifiers[0].Text);
        Assert.Equal("\"FB_Conveyor\"", db.Type!.ToString());
        Assert.IsType<AssignmentStatementSyntax>(Assert.Single(db.Statements));
    }

    [Fact]
    public void Data_block_with_struct_layout()
    {
        var tree = Parse("DATA_BLOCK \"DB_Recipe\"\n   STRUCT\n      Speed : Int;\n      Name : String[20];\n   END_STRUCT;\nBEGIN\nEND_DATA_BLOCK", Dialect.Scl);
        Assert.Empty(tree.Diagnostics);
        AssertRoundTrips(tree);
        var db = Assert.IsType<DataBlockDeclarationSyntax>(tree.Root.Declarations[0]);
        Assert.Equal(2, Assert.IsType<StructTypeSyntax>(db.Type).Members.Count);
    }

    [Fact]
    public void Organization_block_with_temp_variables()
    {
        var tree = Parse("ORGANIZATION_BLOCK \"Main\"\nTITLE = \"Main Program Sweep (Cycle)\"\n   VAR_TEMP\n      t : Int;\n   END_VAR\nBEGIN\n   \"DB_Line\"();\nEND_ORGANIZATION_BLOCK", Dialect.Scl);
        Assert.Empty(tree.Diagnostics);
        var ob = Assert.IsType<OrganizationBlockDeclarationSyntax>(tree.Root.Declarations[0]);
        Assert.Single(ob.VarBlocks);
        Assert.Single(ob.Statements);
    }

    [Fact]
    public void Function_with_void_return_type()
    {
        var tree = Parse("FUNCTION \"FC_Reset\" : Void\n   VAR_IN_OUT\n      Count : Int;\n   END_VAR\nBEGIN\n   #Count := 0;\nEND_FUNCTION", Dialect.Scl);
        Assert.Empty(tree.Diagnostics);
        Assert.Equal("Void", ((FunctionDeclarationSyntax)tree.Root.Declarations[0]).ReturnType!.Type.ToString());
    }

    [Fact]
    public void Udt_without_colon_before_struct()
    {
        var tree = Parse("TYPE \"UDT_Valve\"\nVERSION : 0.1\n   STRUCT\n      Open : Bool;\n   END_STRUCT;\nEND_TYPE", Dialect.Scl);
        Assert.Empty(tree.Diagnostics);
        var definition = ((TypeDeclarationSyntax)tree.Root.Declarations[0]).Definitions[0];
        Assert.Null(definition.Colon);
        Assert.Single(definition.Headers);
    }

    [Fact]
    public void Dialect_follows_the_file_extension()
    {
        Assert.Equal(Dialect.Scl, DialectExtensions.FromPath("plc/Conveyor.scl"));
        Assert.Equal(Dialect.Scl, DialectExtensions.FromPath("plc/Conveyor.SCL"));
        Assert.Equal(Dialect.Codesys, DialectExtensions.FromPath("plc/Conveyor.st"));
    }
}
