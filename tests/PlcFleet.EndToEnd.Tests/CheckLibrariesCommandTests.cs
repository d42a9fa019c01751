namespace PlcFleet.EndToEnd.Tests;

/// <summary><c>plcfleet check</c> on a site that declares its libraries in plcfleet.yaml.</summary>
public sealed class CheckLibrariesCommandTests
{
    // A palletizer cell on TwinCAT: ADS read of the drive (Tc2_System, shipped), a motion axis from Tc2_MC2 (not shipped).
    private const string Palletizer = """
        PROGRAM PRG_Palletizer
        VAR_INPUT
            bStart : BOOL;
            bEStopOk : BOOL;
        END_VAR
        VAR_OUTPUT
            bFault : BOOL;
        END_VAR
        VAR
            fbReadSpeed : ADSREAD;
            fbPower : MC_Power;
            stAxis : AXIS_REF;
            nSpeed : UDINT;
        END_VAR
        fbReadSpeed(NETID := '', PORT := 851, IDXGRP := 16#4020, IDXOFFS := 0, LEN := SIZEOF(nSpeed), DESTADDR := ADR(nSpeed), READ := bStart);
        fbPower(Axis := stAxis, Enable := bEStopOk, Enable_Positive := TRUE, Enable_Negative := TRUE);
        bFault := fbReadSpeed.ERR OR fbPower.Error OR NOT bEStopOk;
        IF fbPower.Status AND nSpeed > 0 THEN
            bFault := bFault OR fbPower.ErrorID <> 0;
        END_IF
        END_PROGRAM

        """;

    [Fact]
    public void Names_from_a_declared_unshipped_library_are_warnings_and_check_passes()
    {
        using var site = new TempFolder();
        site.Write("plcfleet.yaml", "libraries: [Tc2_Standard, Tc2_System, Tc2_MC2]\n");
        site.Write("src/PRG_Palletizer.st", Palletizer);

        var result = CliRunner.Run(site.Path, "check", ".");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 error(s)", result.StdOut);
        Assert.Contains("src/PRG_Palletizer.st:11:15: warning ST2050: 'MC_Power' is not declared in the project; taken to come from library Tc2_MC2", result.StdOut);
        Assert.Contains("'AXIS_REF'", result.StdOut);
        Assert.Single(result.StdOut.Split('\n'), line => line.Contains("ST2050: 'MC_Power'", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_libraries_declared_the_same_code_fails_and_names_the_library_to_add()
    {
        using var site = new TempFolder();
        site.Write("src/PRG_Palletizer.st", Palletizer);

        var result = CliRunner.Run(site.Path, "check", ".");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error ST1050: 'ADSREAD' is not declared; it is in library Tc2_System", result.StdOut);
        Assert.Contains("error ST1020: type 'MC_Power' is not declared", result.StdOut);
    }

    [Fact]
    public void A_bad_libraries_entry_is_an_error_at_its_line_and_column()
    {
        using var site = new TempFolder();
        site.Write("plcfleet.yaml", "dialect: twincat\nlibraries:\n  - Tc2_System\n  - {name: Tc2_MC2}\n");
        site.Write("src/PRG_Palletizer.st", Palletizer);

        var result = CliRunner.Run(site.Path, "check", ".");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("plcfleet.yaml:4:5: error PF0003: each entry of 'libraries' is a library name, not a mapping", result.StdOut + result.StdErr);
    }
}
