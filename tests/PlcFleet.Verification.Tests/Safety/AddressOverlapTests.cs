using PlcFleet.Verification.Safety;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Tests.Safety;

/// <summary>Bytes and words located over BOOL outputs: which bits a write reaches, by CODESYS and by Siemens addressing.</summary>
public sealed class AddressOverlapTests
{
    private const string Mixer = """
        VAR_GLOBAL
            Ruehrwerk_K1   AT %QX4.0 : BOOL;
            Dosierventil_Y2 AT %QX4.3 : BOOL;
            Heizung_K5     AT %QX9.1 : BOOL;
            Meldungen      AT %QB4 : BYTE;
            Anzeige        AT %QW4 : WORD;
            Merker_Wort    AT %MW0 : WORD;
            Freigabe_M     AT %MX0.0 : BOOL;
        END_VAR
        PROGRAM PRG_Mischer
        Meldungen := 16#00;
        END_PROGRAM
        """;

    [Fact]
    public void A_byte_reaches_its_eight_bits_exactly()
    {
        var overlap = Build();

        var bits = overlap.Of("global.meldungen");
        Assert.Contains(("global.ruehrwerk_k1", (int?)0), bits);
        Assert.Contains(("global.dosierventil_y2", (int?)3), bits);
        Assert.DoesNotContain(bits, b => b.Bool == "global.heizung_k5");
    }

    [Fact]
    public void A_word_reaches_bits_under_either_vendors_addressing_and_only_agreed_bits_are_exact()
    {
        var overlap = Build();

        // CODESYS: %QW4 = bytes 8-9 (low byte first) holds %QX9.1; Siemens: %QW4 = bytes 4-5 holds %QX4.0 and %QX4.3.
        var word = overlap.Of("global.anzeige");
        Assert.Contains(("global.heizung_k5", (int?)null), word);
        Assert.Contains(("global.ruehrwerk_k1", (int?)null), word);
        Assert.Contains(overlap.Of("global.merker_wort"), b => b.Bool == "global.freigabe_m" && b.Bit is null);
    }

    [Fact]
    public void A_lamp_test_byte_over_a_safety_output_is_refused()
    {
        using var site = new TempSite().With("Mischer.st", Mixer.Replace("Meldungen := 16#00;", "Ruehrwerk_K1 := Freigabe_M;\nMeldungen := 16#00;", StringComparison.Ordinal));
        site.Change("Mischer.st", Mixer.Replace("Meldungen := 16#00;", "Ruehrwerk_K1 := Freigabe_M;\nMeldungen := 16#01;   // Lampentest", StringComparison.Ordinal));

        var report = SafetyAnalyzer.Compare(site.Baseline, site.Workspace);

        Assert.Contains(report.Findings, f => f.RuleId == "SAF002" && f.Message.Contains("Ruehrwerk_K1", StringComparison.Ordinal));
    }

    private static AddressOverlap Build()
    {
        using var site = new TempSite().With("Mischer.st", Mixer);
        return AddressOverlap.Build(ProjectModel.Load(site.Baseline));
    }
}
