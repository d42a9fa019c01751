using System.Text;
using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Tests.Vendor;

/// <summary>PLCopen TC6 1.0 (namespace <c>tc6.xsd</c>, older Beremiz projects) has the POU shape of 2.0 and is read the same way.</summary>
public sealed class PlcOpenTc6VersionOneTests
{
    [Fact]
    public void A_TC6_1_0_project_is_read_and_written_back_byte_for_byte()
    {
        var text = VendorSamples.GuardPlcOpen("http://www.plcopen.org/xml/tc6.xsd");

        var document = VendorFiles.Read(Encoding.UTF8.GetBytes(text), VendorFormat.PlcOpenXml, "plc.xml");

        Assert.Empty(document.Diagnostics);
        Assert.Empty(SyntaxTree.Parse(document.StructuredText!.Text).Diagnostics);
        Assert.Contains(document.Objects, o => o is { Kind: "FUNCTION_BLOCK", Name: "FB_GuardDoor" });
        Assert.Equal(Encoding.UTF8.GetBytes(text), document.WriteBack());
    }
}
