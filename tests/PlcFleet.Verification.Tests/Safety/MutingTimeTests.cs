using PlcFleet.Verification.Safety;

namespace PlcFleet.Verification.Tests.Safety;

/// <summary>A light curtain's muting limit is a monitoring time: shorter is stricter, longer leaves the curtain bridged.</summary>
public sealed class MutingTimeTests
{
    private const string Cell = """
        VAR_GLOBAL
            iCurtainClear AT %IX0.0 : BOOL;
            iPalletAtExit AT %IX0.1 : BOOL;
            iReset        AT %IX0.2 : BOOL;
            qConveyor     AT %QX0.0 : BOOL;
        END_VAR
        PROGRAM PRG_Exit
        VAR
            tMute  : TON;
            rtReset : R_TRIG;
            bMuted : BOOL;
            bPermit : BOOL;
        END_VAR
        tMute(IN := iPalletAtExit, PT := T#4S);
        bMuted := iPalletAtExit AND NOT tMute.Q;
        rtReset(CLK := iReset);
        IF NOT (iCurtainClear OR bMuted) THEN
            bPermit := FALSE;
        ELSIF rtReset.Q THEN
            bPermit := TRUE;
        END_IF
        qConveyor := bPermit;
        END_PROGRAM
        """;

    [Theory]
    [InlineData("T#3S", false)]
    [InlineData("T#40S", true)]
    public void A_muting_limit_may_shrink_but_not_grow(string preset, bool refused)
    {
        using var site = new TempSite().With("src/Exit.st", Cell);
        site.Change("src/Exit.st", Cell.Replace("PT := T#4S", "PT := " + preset, StringComparison.Ordinal));

        var report = SafetyAnalyzer.Compare(site.Baseline, site.Workspace);

        Assert.Equal(refused, report.Findings.Any(f => f.RuleId == "SAF007" && !f.Escalate));
    }
}
