using System.Text;
using PlcFleet.Agents.Tools;
using PlcFleet.Formats.Vendor;

namespace PlcFleet.Agents.Tests.Tools;

/// <summary>edit_file on vendor files: only the edited bytes change (BOM, CRLF, Windows-1252 stay as the tool wrote them).</summary>
public sealed class VendorFileEditTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("plcfleet-vendor-edit-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Editing_ST_inside_a_TcPOU_with_BOM_changes_only_the_edited_bytes()
    {
        const string pou = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<TcPlcObject Version=\"1.1.0.1\">\r\n  <POU Name=\"MAIN\" Id=\"{4a}\">\r\n    <Implementation>\r\n      <ST><![CDATA[tonJam(IN := bRun AND bBlocked, PT := T#4S);\r\nbMotor := bRun;]]></ST>\r\n    </Implementation>\r\n  </POU>\r\n</TcPlcObject>";
        var path = Path.Combine(_root, "MAIN.TcPOU");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(pou)]);

        var answer = new EditFileTool(new WorkspaceGuard(_root, [])).Run("MAIN.TcPOU", "PT := T#4S", "PT := T#6S");

        Assert.StartsWith("edited MAIN.TcPOU", answer, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(pou.Replace("T#4S", "T#6S", StringComparison.Ordinal))], File.ReadAllBytes(path));
    }

    [Fact]
    public void Editing_a_CODESYS_2_3_export_keeps_Windows_1252()
    {
        const string exp = "PROGRAM PLC_PRG\r\nVAR\r\n\txTür : BOOL; (* Schutztür zu *)\r\nEND_VAR\r\n(* @END_DECLARATION := '0' *)\r\nxTür := TRUE;\r\nEND_PROGRAM\r\n";
        var path = Path.Combine(_root, "Presse.EXP");
        File.WriteAllBytes(path, EncodedText.Windows1252.GetBytes(exp));

        var read = new ReadFileTool(new WorkspaceGuard(_root, [])).Run("Presse.EXP");
        new EditFileTool(new WorkspaceGuard(_root, [])).Run("Presse.EXP", "xTür := TRUE;", "xTür := xNotAus;");

        Assert.Contains("Schutztür zu", read, StringComparison.Ordinal);
        Assert.Equal(EncodedText.Windows1252.GetBytes(exp.Replace("xTür := TRUE;", "xTür := xNotAus;", StringComparison.Ordinal)), File.ReadAllBytes(path));
    }
}
