using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Tests.Vendor;

public sealed class CodesysExportReaderTests
{
    private static readonly byte[] Bytes = EncodedText.Windows1252.GetBytes(VendorSamples.PressExp);

    [Fact]
    public void A_Windows_1252_export_round_trips_and_keeps_its_umlauts()
    {
        var document = VendorFiles.Read(Bytes, VendorFormat.CodesysExport, "Presse.EXP");

        Assert.Equal(Bytes, document.WriteBack());
        Assert.Contains("Schutztür", document.Original.Text, StringComparison.Ordinal);
        Assert.Empty(SyntaxTree.Parse(document.StructuredText!.Text).Diagnostics);
    }

    [Fact]
    public void A_ladder_body_stays_in_the_file_and_out_of_the_ST_view()
    {
        var document = VendorFiles.Read(Bytes, VendorFormat.CodesysExport, "Presse.EXP");

        Assert.Equal("_LD_BODY", Assert.Single(document.Bodies.OfType<OpaqueCodeBody>()).Language);
        Assert.DoesNotContain("_LD_BODY", document.StructuredText!.Text.Text, StringComparison.Ordinal);
        Assert.Contains("END_PROGRAM", document.StructuredText.Text.Text[document.StructuredText.Text.Text.IndexOf("LAMPE", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_is_written_back_in_Windows_1252()
    {
        var document = VendorFiles.Read(Bytes, VendorFormat.CodesysExport, "Presse.EXP");
        var program = document.Bodies.OfType<StCodeBody>().Single().Region;

        var edited = document.WithRegionContent(program, program.Content.Replace("nur mit Zweihand", "nur mit Zweihand, Tür zu", StringComparison.Ordinal));

        Assert.Equal(EncodedText.Windows1252.GetBytes(VendorSamples.PressExp.Replace("nur mit Zweihand", "nur mit Zweihand, Tür zu", StringComparison.Ordinal)), edited);
    }
}
