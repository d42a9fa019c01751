using System.Text;
using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Tests.Vendor;

/// <summary>Siemens sources besides .scl: UDT and data block sources through the SCL front end, STL kept as it is.</summary>
public sealed class SiemensSourceReaderTests : IDisposable
{
    /// <summary>As TIA Portal writes a UDT source: UTF-8 with a byte-order mark, CRLF.</summary>
    private const string MotorUdt = "TYPE \"UDT_Motor\"\r\nVERSION : 0.1\r\n   STRUCT\r\n      Run : Bool;   // contactor energised\r\n      SpeedRef : Real := 0.0;\r\n   END_STRUCT;\r\n\r\nEND_TYPE\r\n\r\n";

    private const string LineDb = "DATA_BLOCK \"DB_Line\"\r\n{ S7_Optimized_Access := 'TRUE' }\r\nVERSION : 0.1\r\nNON_RETAIN\r\n   VAR \r\n      Infeed : \"UDT_Motor\";\r\n      Parts : Int;\r\n   END_VAR\r\n\r\nBEGIN\r\n   Parts := 0;\r\n\r\nEND_DATA_BLOCK\r\n\r\n";

    /// <summary>An STL source as STEP 7 classic writes it: Windows-1252 (the ü of "Förderband" is one byte).</summary>
    private const string ConveyorAwl = "FUNCTION \"FC_Foerderband\" : VOID\r\nTITLE =Förderband Freigabe\r\nVERSION : 0.1\r\n\r\nVAR_INPUT\r\n  NotAus_OK : BOOL ;\r\nEND_VAR\r\nBEGIN\r\nNETWORK\r\nTITLE =Freigabe\r\n      U     #NotAus_OK; \r\n      =     A      4.0; \r\nEND_FUNCTION\r\n\r\nDATA_BLOCK DB 10\r\nSTRUCT\r\n  Zaehler : INT ;\r\nEND_STRUCT ;\r\nBEGIN\r\n  Zaehler := 0;\r\nEND_DATA_BLOCK\r\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("plcfleet-siemens-").FullName;

    [Fact]
    public void A_UDT_and_a_data_block_source_bind_through_the_SCL_front_end_and_round_trip()
    {
        var udtBytes = VendorSamples.WithBom(MotorUdt);
        var dbBytes = Encoding.UTF8.GetBytes(LineDb);
        var udt = VendorFiles.Read(udtBytes, VendorFormat.SiemensSource, "UDT_Motor.udt");
        var db = VendorFiles.Read(dbBytes, VendorFormat.SiemensSource, "DB_Line.db");

        var trees = new[] { udt, db }.Select(d => SyntaxTree.Parse(d.StructuredText!.Text, Dialect.Scl)).ToList();

        Assert.All(trees, t => Assert.Empty(t.Diagnostics));
        Assert.DoesNotContain(Compilation.Create(trees).GetSemanticDiagnostics(), d => d.IsError);
        Assert.Equal(udtBytes, udt.WriteBack());
        Assert.Equal(dbBytes, db.WriteBack());
        Assert.Equal(new VendorObject("TYPE", "UDT_Motor", new(1, 1)), Assert.Single(udt.Objects));
        Assert.Equal(new VendorObject("DATA_BLOCK", "DB_Line", new(1, 1)), Assert.Single(db.Objects));
        Assert.Equal(Dialect.Scl, SiteSettings.Default.DialectOf("PLC/DB_Line.db"));
    }

    [Fact]
    public void A_db_file_is_a_data_block_source_only_when_it_starts_with_DATA_BLOCK()
    {
        File.WriteAllText(Path.Combine(_folder, "DB_Line.db"), "// exported from TIA Portal\r\n" + LineDb);
        File.WriteAllBytes(Path.Combine(_folder, "plcfleet.db"), [.. "SQLite format 3\0"u8, 0x10, 0x00, 0x01, 0x01]);

        Assert.Equal(VendorFormat.SiemensSource, VendorFiles.FormatOf(Path.Combine(_folder, "DB_Line.db")));
        Assert.Null(VendorFiles.FormatOf(Path.Combine(_folder, "plcfleet.db")));
        Assert.Equal(VendorFormat.SiemensSource, VendorFiles.FormatOf("DB_Line.db", Encoding.UTF8.GetBytes(LineDb)));
    }

    [Fact]
    public void An_STL_source_is_kept_byte_for_byte_with_its_blocks_listed_and_no_ST()
    {
        var bytes = EncodedText.Windows1252.GetBytes(ConveyorAwl);

        var document = VendorFiles.Read(bytes, VendorFormat.SiemensStl, "FC_Foerderband.awl");

        Assert.Equal(bytes, document.WriteBack());
        Assert.Null(document.StructuredText);
        Assert.Contains("Förderband", document.Original.Text, StringComparison.Ordinal);
        Assert.Equal(["FUNCTION FC_Foerderband", "DATA_BLOCK DB 10"], document.Objects.Select(o => $"{o.Kind} {o.Name}"));
        Assert.Equal(new LinePosition(15, 1), document.Objects[1].Position);
        Assert.All(document.Bodies, b => Assert.Equal("STL", Assert.IsType<OpaqueCodeBody>(b).Language));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
