using System.Text;
using PlcFleet.Formats.Vendor;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Verification.Tests.Scope;

/// <summary>The ST diff beside a vendor file's git diff: per object, in the vendor file's line numbers.</summary>
public sealed class VendorStDiffTests
{
    private const string Infeed = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
        + "<TcPlcObject Version=\"1.1.0.1\" ProductVersion=\"3.1.4024.12\">\r\n"
        + "  <POU Name=\"FB_Infeed\" Id=\"{5d7c3a21-8e0b-4c7e-9a55-2f1d3b6c9e01}\" SpecialFunc=\"None\">\r\n"
        + "    <Declaration><![CDATA[FUNCTION_BLOCK FB_Infeed\r\nVAR_INPUT\r\n\tbEStopOk : BOOL;\r\n\tnSpeedPercent : INT;\r\nEND_VAR\r\nVAR_OUTPUT\r\n\tnSpeedRef : INT;\r\nEND_VAR\r\n]]></Declaration>\r\n"
        + "    <Implementation>\r\n"
        + "      <ST><![CDATA[IF bEStopOk THEN\r\n\tnSpeedRef := LIMIT(20, nSpeedPercent, 100);\r\nELSE\r\n\tnSpeedRef := 0;\r\nEND_IF]]></ST>\r\n"
        + "    </Implementation>\r\n"
        + "  </POU>\r\n"
        + "</TcPlcObject>";

    private const string Packer = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <RSLogix5000Content SchemaRevision="1.0" SoftwareRevision="33.01" TargetName="Packer" TargetType="Controller">
        <Controller Use="Target" Name="Packer">
        <Tags>
        <Tag Name="EStopOk" TagType="Base" DataType="BOOL"/>
        <Tag Name="SpeedRef" TagType="Base" DataType="REAL"/>
        </Tags>
        <Programs>
        <Program Name="MainProgram" MainRoutineName="Infeed">
        <Routines>
        <Routine Name="Infeed" Type="ST">
        <STContent>
        <Line Number="0">
        <![CDATA[// infeed speed]]>
        </Line>
        <Line Number="1">
        <![CDATA[IF EStopOk THEN SpeedRef := 60.0;]]>
        </Line>
        <Line Number="2">
        <![CDATA[ELSE SpeedRef := 0.0; END_IF;]]>
        </Line>
        </STContent>
        </Routine>
        </Routines>
        </Program>
        </Programs>
        </Controller>
        </RSLogix5000Content>
        """;

    private static VendorDocument Read(string text, VendorFormat format, string path) => VendorFiles.Read(Encoding.UTF8.GetBytes(text), format, path);

    [Fact]
    public void A_changed_TcPOU_body_line_is_shown_as_ST_at_its_line_in_the_vendor_file()
    {
        var after = Infeed.Replace("nSpeedPercent, 100)", "nSpeedPercent, 80)", StringComparison.Ordinal);

        var diff = VendorStDiff.Between("POUs/FB_Infeed.TcPOU", Read(Infeed, VendorFormat.TwinCat, "FB_Infeed.TcPOU"), Read(after, VendorFormat.TwinCat, "FB_Infeed.TcPOU"));

        // The body starts on line 14 of the file; the changed assignment is its second line.
        Assert.Equal(
            "--- a/POUs/FB_Infeed.TcPOU\n+++ b/POUs/FB_Infeed.TcPOU\n"
            + "@@ -14,5 +14,5 @@ FB_Infeed (body)\n"
            + " IF bEStopOk THEN\n"
            + "-\tnSpeedRef := LIMIT(20, nSpeedPercent, 100);\n"
            + "+\tnSpeedRef := LIMIT(20, nSpeedPercent, 80);\n"
            + " ELSE\n \tnSpeedRef := 0;\n END_IF\n",
            diff);
        Assert.Equal("\tnSpeedRef := LIMIT(20, nSpeedPercent, 100);", Infeed.Split("\r\n")[14]);
    }

    [Fact]
    public void A_change_outside_the_ST_gives_no_ST_diff()
    {
        var after = Infeed.Replace("{5d7c3a21-8e0b-4c7e-9a55-2f1d3b6c9e01}", "{5d7c3a21-8e0b-4c7e-9a55-2f1d3b6c9e02}", StringComparison.Ordinal);

        Assert.Equal("", VendorStDiff.Between("FB_Infeed.TcPOU", Read(Infeed, VendorFormat.TwinCat, "a"), Read(after, VendorFormat.TwinCat, "a")));
    }

    [Fact]
    public void An_L5X_routine_line_is_numbered_by_its_Line_element_in_the_file()
    {
        var after = Packer.Replace("SpeedRef := 60.0;", "SpeedRef := 48.0;", StringComparison.Ordinal);

        var diff = VendorStDiff.Between("Packer.L5X", Read(Packer, VendorFormat.RockwellL5x, "Packer.L5X"), Read(after, VendorFormat.RockwellL5x, "Packer.L5X"));

        // Each ST line sits in its own Line element, three file lines apart: the change is shown alone at line 17.
        Assert.Equal(
            "--- a/Packer.L5X\n+++ b/Packer.L5X\n"
            + "@@ -17,1 +17,1 @@ MainProgram/Infeed (body)\n"
            + "-IF EStopOk THEN SpeedRef := 60.0;\n"
            + "+IF EStopOk THEN SpeedRef := 48.0;\n",
            diff);
        Assert.Contains("SpeedRef := 60.0;", Packer.Split('\n')[16], StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_vendor_file_shows_all_its_ST_as_added()
    {
        var diff = VendorStDiff.Between("POUs/FB_Infeed.TcPOU", null, Read(Infeed, VendorFormat.TwinCat, "FB_Infeed.TcPOU"));

        Assert.StartsWith("--- /dev/null\n+++ b/POUs/FB_Infeed.TcPOU\n@@ -0,0 +4,9 @@ FB_Infeed (declaration)\n+FUNCTION_BLOCK FB_Infeed\n", diff, StringComparison.Ordinal);
        Assert.Contains("@@ -0,0 +14,5 @@ FB_Infeed (body)\n+IF bEStopOk THEN\n", diff, StringComparison.Ordinal);
    }
}
