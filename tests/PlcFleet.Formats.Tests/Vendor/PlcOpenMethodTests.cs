using System.Text;
using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Tests.Vendor;

/// <summary>CODESYS V3 keeps methods and inheritance of a function block in PLCopen addData, outside the TC6 schema.</summary>
public sealed class PlcOpenMethodTests
{
    private const string Method = """
                <addData>
                  <data name="http://www.3s-software.com/plcopenxml/pouinheritance" handleUnknown="implementation">
                    <Inheritance><Extends>FB_DoorBase</Extends></Inheritance>
                  </data>
                  <data name="http://www.3s-software.com/plcopenxml/method" handleUnknown="implementation">
                    <Method name="M_Reset" ObjectId="b14b2dd3-63af-48b3-9858-62392f379c35">
                      <interface>
                        <returnType><BOOL /></returnType>
                        <inputVars><variable name="xAck"><type><BOOL /></type></variable></inputVars>
                      </interface>
                      <body>
                        <ST>
                          <xhtml xmlns="http://www.w3.org/1999/xhtml">IF xAck AND xDoorClosed THEN
            nOpenCount := 0;
        END_IF
        M_Reset := nOpenCount = 0 AND xBaseReady;</xhtml>
                        </ST>
                      </body>
                      <addData />
                    </Method>
                  </data>
                </addData>
              </pou>
              <pou name="FB_DoorBase" pouType="functionBlock">
                <interface><localVars><variable name="xBaseReady"><type><BOOL /></type></variable></localVars></interface>
                <body><ST><xhtml xmlns="http://www.w3.org/1999/xhtml">xBaseReady := TRUE;</xhtml></ST></body>
              </pou>
        """;

    private static string WithMethod()
    {
        var text = VendorSamples.GuardPlcOpen();
        var end = text.IndexOf("</pou>", StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, end), Method.TrimStart(), text.AsSpan(end + "</pou>".Length));
    }

    [Fact]
    public void A_method_in_addData_is_read_as_METHOD_of_its_function_block_that_extends_its_base()
    {
        var text = WithMethod();
        var document = VendorFiles.Read(Encoding.UTF8.GetBytes(text), VendorFormat.PlcOpenXml, "Line3.xml");

        var tree = SyntaxTree.Parse(document.StructuredText!.Text);

        Assert.Empty(tree.Diagnostics);
        Assert.DoesNotContain(Compilation.Create([tree]).GetSemanticDiagnostics(), d => d.IsError);
        Assert.Contains("FUNCTION_BLOCK FB_GuardDoor EXTENDS FB_DoorBase", document.StructuredText.Text.Text, StringComparison.Ordinal);
        Assert.Contains(document.Objects, o => o is { Kind: "METHOD", Name: "FB_GuardDoor.M_Reset" });
        Assert.Contains(document.Bodies.OfType<StCodeBody>(), b => b.Owner == "FB_GuardDoor.M_Reset");
        Assert.Equal(Encoding.UTF8.GetBytes(text), document.WriteBack());
    }

    [Fact]
    public void A_syntax_error_in_a_method_body_is_reported_at_its_line_in_the_XML()
    {
        var text = WithMethod().Replace("nOpenCount := 0;", "nOpenCount := ;", StringComparison.Ordinal);
        var document = VendorFiles.Read(Encoding.UTF8.GetBytes(text), VendorFormat.PlcOpenXml, "Line3.xml");

        var error = SyntaxTree.Parse(document.StructuredText!.Text).Diagnostics.First(d => d.IsError);

        Assert.Equal("    nOpenCount := ;", error.Source.GetLineText(error.Start.Line));
    }
}
