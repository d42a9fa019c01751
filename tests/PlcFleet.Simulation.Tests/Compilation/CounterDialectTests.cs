using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>The simulated counter is the dialect's: IEC INT (down to -32768), CODESYS Standard library WORD (stops at 0).</summary>
public sealed class CounterDialectTests
{
    private const string RejectCounter = """
        PROGRAM PRG_Rejects
        VAR_INPUT bReject : BOOL; bLoad : BOOL; END_VAR
        VAR_OUTPUT nLeft : DINT; bEmpty : BOOL; END_VAR
        VAR ctdRejects : CTD; END_VAR
        ctdRejects(CD := bReject, LD := bLoad, PV := 1);
        nLeft := ctdRejects.CV;
        bEmpty := ctdRejects.Q;
        END_PROGRAM
        """;

    [Theory]
    [InlineData(Dialect.Iec, -2)]
    [InlineData(Dialect.Codesys, 0)]
    public void Down_counter_stops_at_the_minimum_of_the_dialects_counter_type(Dialect dialect, long expected)
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(dialect, RejectCounter));
        plc.Set("bLoad", true).Scan().Set("bLoad", false).Scan();
        for (var i = 0; i < 3; i++)
        {
            plc.Set("bReject", true).Scan().Set("bReject", false).Scan();
        }

        Assert.Equal(expected, plc.Integer("nLeft"));
        Assert.True(plc.Bool("bEmpty"));
    }

    [Fact]
    public void Codesys_up_counter_counts_past_32767_in_WORD_and_an_INT_reads_it_wrapped()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(Dialect.Codesys, """
            PROGRAM PRG_Pouches
            VAR_INPUT bPouch : BOOL; END_VAR
            VAR_OUTPUT nCount : INT; bBatchDone : BOOL; END_VAR
            VAR ctuPouches : CTU; nPreset : INT := -32767; (* WORD 32769 read as INT: CODESYS converts with a sign warning *) END_VAR
            ctuPouches(CU := bPouch, PV := nPreset);
            nCount := ctuPouches.CV;
            bBatchDone := ctuPouches.Q;
            END_PROGRAM
            """));

        for (var i = 0; i < 32768; i++)
        {
            plc.Set("bPouch", true).Scan().Set("bPouch", false).Scan();
        }

        Assert.Equal(short.MinValue, plc.Integer("nCount")); // WORD 32768 seen through an INT
        Assert.False(plc.Bool("bBatchDone"));
        plc.Set("bPouch", true).Scan();
        Assert.True(plc.Bool("bBatchDone")); // 32769 >= PV: the counter itself never wrapped
    }

    [Fact]
    public void Codesys_up_counter_counts_40000_packs_in_its_WORD_current_value()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(Dialect.Codesys, """
            PROGRAM PRG_Palletizer
            VAR_INPUT bPack : BOOL; END_VAR
            VAR_OUTPUT wPacked : WORD; nPackedTotal : DINT; bPalletFull : BOOL; END_VAR
            VAR ctuPacks : CTU; END_VAR
            ctuPacks(CU := bPack, PV := 40000);
            wPacked := ctuPacks.CV;
            nPackedTotal := ctuPacks.CV;
            bPalletFull := ctuPacks.Q;
            END_PROGRAM
            """));

        for (var i = 0; i < 40000; i++)
        {
            plc.Set("bPack", true).Scan().Set("bPack", false).Scan();
        }

        Assert.Equal(40000, plc.Integer("wPacked"));
        Assert.Equal(40000, plc.Integer("nPackedTotal"));
        Assert.True(plc.Bool("bPalletFull"));
    }

    [Fact]
    public void Iec_counter_preset_of_40000_does_not_fit_its_INT()
    {
        var result = CompiledProgramFactory.Compile(Dialect.Iec, """
            PROGRAM PRG_Palletizer
            VAR_INPUT bPack : BOOL; END_VAR
            VAR_OUTPUT bPalletFull : BOOL; END_VAR
            VAR ctuPacks : CTU; END_VAR
            ctuPacks(CU := bPack, PV := 40000);
            bPalletFull := ctuPacks.Q;
            END_PROGRAM
            """);
        Assert.False(result.Succeeded);
    }
}
