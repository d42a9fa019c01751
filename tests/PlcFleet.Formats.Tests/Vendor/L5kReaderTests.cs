using System.Text;
using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Tests.Vendor;

/// <summary>Rockwell .L5K: the text export, read into the same ST view as an L5X and written back byte for byte.</summary>
public sealed class L5kReaderTests
{
    /// <summary>Shaped as RSLogix 5000 exports it: tab indents, CRLF, ST lines behind an apostrophe, a ladder rung wrapped over two lines.</summary>
    private static readonly string Packer = string.Join("\r\n",
        "(*********************************************",
        "",
        "  Import-Export",
        "  Version   := RSLogix 5000 v32.00",
        "",
        "**********************************************)",
        "IE_VER := 2.21;",
        "",
        "CONTROLLER Packer (ProcessorType := \"1769-L33ER\",",
        "                   Major := 32)",
        "\tDATATYPE UDT_Motor (FamilyType := NoFamily)",
        "\t\tSINT ZZZZZZZZZZUDT_Motor0 (Hidden := 1);",
        "\t\tBIT Run ZZZZZZZZZZUDT_Motor0 : 0;",
        "\t\tREAL SpeedRef (Radix := Float);",
        "\tEND_DATATYPE",
        "",
        "\tADD_ON_INSTRUCTION_DEFINITION AOI_Interlock (Revision := \"1.0\")",
        "\t\t\tPARAMETERS",
        "\t\t\t\tEnableIn : BOOL (Usage := Input, RADIX := Decimal);",
        "\t\t\t\tEStopOk : BOOL (Usage := Input, RADIX := Decimal, Required := Yes);",
        "\t\t\t\tPermit : BOOL (Usage := Output, RADIX := Decimal);",
        "\t\t\tEND_PARAMETERS",
        "\t\t\tST_ROUTINE Logic ",
        "\t\t\t\t'Permit := EStopOk;",
        "\t\t\tEND_ST_ROUTINE",
        "\tEND_ADD_ON_INSTRUCTION_DEFINITION",
        "",
        "\tTAG",
        "\t\tEStopOk : BOOL (RADIX := Decimal) := 0;",
        "\t\tInfeed : UDT_Motor;",
        "\t\tCounts : DINT[4] (RADIX := Decimal) := [0,0,0,0];",
        "\tEND_TAG",
        "",
        "\tPROGRAM MainProgram (MAIN := \"Infeed\",",
        "\t                     MODE := 0)",
        "\t\tTAG",
        "\t\t\tPhotoEye : BOOL (RADIX := Decimal) := 0;",
        "\t\t\tJamTimer : TIMER := [0,5000,0];",
        "\t\tEND_TAG",
        "",
        "\t\tST_ROUTINE Infeed ",
        "\t\t\t'// infeed conveyor: runs only with the e-stop chain healthy",
        "\t\t\t'IF EStopOk AND NOT JamTimer.DN THEN",
        "\t\t\t'    Infeed.Run := PhotoEye;",
        "\t\t\t'ELSE Infeed.Run := 0; END_IF;",
        "\t\tEND_ST_ROUTINE",
        "",
        "\t\tROUTINE Jam ",
        "\t\t\t\tRC: \"Jam: photo eye blocked for 5 s$N\"",
        "\t\t\t\t    \"while running\";",
        "\t\t\t\tN: \tXIC(PhotoEye)[XIC(Infeed.Run),",
        "\t\t\t\t\tXIO(EStopOk)]TON(JamTimer,5000,0);",
        "\t\tEND_ROUTINE",
        "",
        "\tEND_PROGRAM",
        "",
        "\tTASK MainTask (Type := CONTINUOUS, Rate := 10, Priority := 10, Watchdog := 500)",
        "\t\t\tMainProgram;",
        "\tEND_TASK",
        "",
        "\tCONFIG CST(SystemTimeMasterID := 0) END_CONFIG",
        "",
        "END_CONTROLLER",
        "");

    private static VendorDocument Read(string text) => VendorFiles.Read(Encoding.UTF8.GetBytes(text), VendorFormat.RockwellL5k, "Packer.L5K");

    [Fact]
    public void Tags_UDTs_the_AOI_and_ST_routines_bind_as_ST_and_the_file_round_trips()
    {
        var document = Read(Packer);

        var tree = SyntaxTree.Parse(document.StructuredText!.Text);
        var errors = Compilation.Create([tree]).GetSemanticDiagnostics().Where(d => d.IsError).ToList();

        Assert.Empty(document.Diagnostics);
        Assert.Empty(tree.Diagnostics);
        Assert.Empty(errors);
        Assert.Equal(Encoding.UTF8.GetBytes(Packer), document.WriteBack());
        Assert.Equal(VendorFormat.RockwellL5k, VendorFiles.FormatOf("site/Packer.L5K"));
        Assert.Contains(document.Objects, o => o is { Kind: "AddOnInstruction", Name: "AOI_Interlock" });
        Assert.Contains(document.Objects, o => o is { Kind: "Routine (ST)", Name: "MainProgram/Infeed" });
        Assert.Contains(document.Objects, o => o is { Kind: "Task", Name: "MainTask" });
        Assert.Equal(5, document.Bodies.OfType<StCodeBody>().Count());
    }

    [Fact]
    public void A_wrapped_ladder_rung_is_one_rung_with_its_comment_and_branch()
    {
        var rung = Assert.Single(Assert.Single(Read(Packer).Bodies.OfType<LadderCodeBody>()).Rungs);

        Assert.Equal("Jam: photo eye blocked for 5 s\nwhile running", rung.Comment);
        Assert.Equal("XIC(PhotoEye)[XIC(Infeed.Run),XIO(EStopOk)]TON(JamTimer,5000,0)", string.Concat(rung.Elements));
        Assert.IsType<LadderBranch>(rung.Elements[1]);
    }

    [Fact]
    public void A_syntax_error_in_an_ST_line_is_reported_at_its_line_and_column_in_the_L5K()
    {
        var document = Read(Packer.Replace("Infeed.Run := PhotoEye;", "Infeed.Run := PhotoEye", StringComparison.Ordinal));

        var error = SyntaxTree.Parse(document.StructuredText!.Text).Diagnostics.First(d => d.IsError);

        Assert.Equal(44, error.Start.Line);
        Assert.Equal("\t\t\t'    Infeed.Run := PhotoEye", error.Source.GetLineText(error.Start.Line));
    }

    [Fact]
    public void Editing_one_ST_line_changes_only_the_characters_after_its_apostrophe()
    {
        var document = Read(Packer);
        var line = document.Bodies.OfType<StCodeBody>().Select(b => b.Region).Single(r => r.Content.Contains("PhotoEye;", StringComparison.Ordinal));

        var edited = Encoding.UTF8.GetString(document.WithRegionContent(line, "    Infeed.Run := PhotoEye AND NOT JamTimer.TT;"));

        Assert.Equal(Packer.Replace("Infeed.Run := PhotoEye;", "Infeed.Run := PhotoEye AND NOT JamTimer.TT;", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void A_truncated_export_names_the_block_left_open()
    {
        var document = Read(Packer[..Packer.LastIndexOf("END_ST_ROUTINE", StringComparison.Ordinal)]);

        var problem = Assert.Single(document.Diagnostics);

        Assert.Equal(FormatDiagnostics.MissingPart, problem.Code);
        Assert.Equal(41, problem.Start.Line);
        Assert.Contains("ST_ROUTINE Infeed is not closed", problem.Message, StringComparison.Ordinal);
    }
}
