using System.Text;
using System.Text.Json;

namespace PlcFleet.EndToEnd.Tests.Formats;

/// <summary><c>plcfleet formats verify</c> and <c>plcfleet check</c> on vendor files, run as a user runs them.</summary>
public sealed class FormatsVerifyCommandTests
{
    private const string Pou = """
        <?xml version="1.0" encoding="utf-8"?>
        <TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
          <POU Name="MAIN" Id="{3f2a9c10-0d1e-4b7a-9c55-6e1f2a3b4c5d}" SpecialFunc="None">
            <Declaration><![CDATA[PROGRAM MAIN
        VAR
        	bEStopOk : BOOL;
        	bMotorK1 : BOOL;
        END_VAR
        ]]></Declaration>
            <Implementation>
              <ST><![CDATA[bMotorK1 := bEStopOk AND bMotorK1;]]></ST>
            </Implementation>
          </POU>
        </TcPlcObject>
        """;

    [Fact]
    public void Supported_files_that_round_trip_exit_zero_and_other_PLC_files_are_listed()
    {
        using var site = new TempFolder();
        site.Write("PLC/POUs/MAIN.TcPOU", Pou.ReplaceLineEndings("\r\n"));
        site.Write("Logix/Old.L5K", "CONTROLLER Old (ProcessorType := \"1756-L61\")\nEND_CONTROLLER\n");
        site.Write("Logix/Old.ACD", "binary Studio 5000 project");

        var result = CliRunner.Run(site.Path, "formats", "verify", ".");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Logix/Old.ACD: unsupported", result.StdOut);
        Assert.Contains("TwinCat: 1 file(s), 1 byte-identical; 1 ST bodies, 1 without syntax errors", result.StdOut);
        Assert.Contains("RockwellL5k: 1 file(s), 1 byte-identical", result.StdOut);
        Assert.Contains("formats verify: 2/2 supported file(s) round-trip byte for byte, 1 unsupported", result.StdOut);
    }

    [Fact]
    public void A_file_that_would_not_round_trip_exits_one_with_its_first_differing_byte_in_json()
    {
        using var site = new TempFolder();
        site.Write("PLC/POUs/MAIN.TcPOU", Pou);
        // Invalid UTF-8 in a comment: decoding replaces it, so the written-back bytes differ there.
        var bytes = Encoding.UTF8.GetBytes(Pou.Replace("bMotorK1 : BOOL;", "bMotorK1 : BOOL; // K1 \u0001", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)0x01);
        bytes[at] = 0xFF;
        File.WriteAllBytes(Path.Combine(site.Path, "PLC", "POUs", "Broken.TcPOU"), bytes);

        var result = CliRunner.Run(site.Path, "formats", "verify", "PLC", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var broken = json.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "PLC/POUs/Broken.TcPOU");
        Assert.Equal("differs", broken.GetProperty("status").GetString());
        Assert.Equal(at, broken.GetProperty("firstDifference").GetInt32());
        Assert.False(json.RootElement.GetProperty("allRoundTrip").GetBoolean());
    }

    [Fact]
    public void Check_reports_an_ST_error_inside_a_TcPOU_at_the_TcPOU_line_and_column()
    {
        using var site = new TempFolder();
        site.Write("PLC/POUs/MAIN.TcPOU", Pou.Replace("bEStopOk AND bMotorK1;", "bEStopOk AND ;", StringComparison.Ordinal));

        var result = CliRunner.Run(site.Path, "check", "PLC");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("PLC/POUs/MAIN.TcPOU:11:44: error", result.StdOut);
        Assert.Contains("      <ST><![CDATA[bMotorK1 := bEStopOk AND ;]]></ST>", result.StdOut);
    }

    [Fact]
    public void Truncated_XML_is_a_file_line_column_error_not_a_stack_trace()
    {
        using var site = new TempFolder();
        site.Write("PLC/POUs/MAIN.TcPOU", Pou[..Pou.IndexOf("</Implementation>", StringComparison.Ordinal)]);

        var result = CliRunner.Run(site.Path, "check", "PLC");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Matches(@"PLC/POUs/MAIN\.TcPOU:\d+:\d+: error PF0101: not well-formed XML", result.StdOut);
        Assert.DoesNotContain("   at ", result.StdOut + result.StdErr);
    }
}
