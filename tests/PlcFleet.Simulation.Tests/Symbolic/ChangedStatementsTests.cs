using PlcFleet.Simulation.Symbolic;

namespace PlcFleet.Simulation.Tests.Symbolic;

/// <summary>
/// A change confined to a few statements of a program is proven from those statements alone, however much of the
/// rest (arrays, loops) the symbolic model cannot encode; a change anywhere else falls back to the
/// whole program, whose unsupported parts then make the verdict unknown.
/// </summary>
public sealed class ChangedStatementsTests
{
    private const string Filler = """
        FUNCTION SAFETY_GUARD_MONITOR : BOOL
        VAR_INPUT
            Channel1 : BOOL;
            Channel2 : BOOL;
        END_VAR
        SAFETY_GUARD_MONITOR := Channel1 AND Channel2;
        END_FUNCTION

        PROGRAM PRG_Filler
        VAR_INPUT
            xGuardCh1 : BOOL;
            xGuardCh2 : BOOL;
            xEStopOk : BOOL;
            rLevelRaw : INT;    // 0..27648 from the level probe
            aRecipe : ARRAY[1..4] OF INT;
        END_VAR
        VAR_OUTPUT
            xValveOpen : BOOL;
            rLevelPct : REAL;
            nTotal : INT;
        END_VAR
        VAR
            xGuardOk : BOOL;
            i : INT;
        END_VAR
        // Guard door: both channels must report closed
        IF xGuardCh1 AND xGuardCh2 THEN
            xGuardOk := TRUE;
        ELSE
            xGuardOk := FALSE;
        END_IF;
        rLevelPct := INT_TO_REAL(rLevelRaw) / 276.48;
        nTotal := 0;
        FOR i := 1 TO 4 DO
            nTotal := nTotal + aRecipe[i];
        END_FOR;
        xValveOpen := xGuardOk AND xEStopOk AND rLevelPct < 95.0;
        END_PROGRAM
        """;

    private const string OldGuard = "IF xGuardCh1 AND xGuardCh2 THEN\n    xGuardOk := TRUE;\nELSE\n    xGuardOk := FALSE;\nEND_IF;";

    [Fact]
    public void Guard_logic_replaced_by_the_library_function_is_proven_from_the_changed_lines_alone()
    {
        var after = Filler.Replace(OldGuard, "xGuardOk := SAFETY_GUARD_MONITOR(Channel1 := xGuardCh1, Channel2 := xGuardCh2);", StringComparison.Ordinal);
        Assert.NotEqual(Filler, after);
        var verdict = SymbolicEquivalenceTests.Check(Filler, after);
        Assert.True(verdict.Outcome == SymbolicOutcome.ProvenEquivalent, verdict.ToText(TimeSpan.FromMilliseconds(10)));
        Assert.Contains("only the statements at line", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_logic_that_drops_a_channel_is_not_proven()
    {
        var after = Filler.Replace(OldGuard, "xGuardOk := xGuardCh1;", StringComparison.Ordinal);
        var verdict = SymbolicEquivalenceTests.Check(Filler, after);
        Assert.NotEqual(SymbolicOutcome.ProvenEquivalent, verdict.Outcome);
        Assert.NotEqual(SymbolicOutcome.EquivalentUpToDepth, verdict.Outcome);
    }

    [Fact]
    public void Only_comments_and_layout_changed_is_proven_without_the_solver()
    {
        var after = Filler.Replace("// Guard door: both channels must report closed", "(* guard door -B1 *)", StringComparison.Ordinal)
            .Replace("nTotal := 0;", "nTotal   :=   0;   // recomputed every scan", StringComparison.Ordinal);
        var verdict = SymbolicEquivalenceTests.Check(Filler, after);
        Assert.True(verdict.Outcome == SymbolicOutcome.ProvenEquivalent, verdict.ToText(TimeSpan.FromMilliseconds(10)));
        Assert.Contains("token for token", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_outside_the_program_body_is_checked_on_the_whole_program()
    {
        // The function changed, so the unchanged guard statements are not the same any more: the whole program is
        // encoded, and its FOR loop over the recipe array is outside the model.
        var after = Filler.Replace("SAFETY_GUARD_MONITOR := Channel1 AND Channel2;", "SAFETY_GUARD_MONITOR := Channel1 OR Channel2;", StringComparison.Ordinal);
        var verdict = SymbolicEquivalenceTests.Check(Filler, after);
        Assert.True(verdict.Outcome == SymbolicOutcome.Unknown, verdict.ToText(TimeSpan.FromMilliseconds(10)));
    }
    private const string Horn = """
        PROGRAM PRG_Horn
        VAR_OUTPUT
            xHorn : BOOL;
        END_VAR
        xHorn := FALSE;
        END_PROGRAM

        """;

    [Fact]
    public void Another_program_changed_beside_it_leaves_this_one_proven_token_for_token()
    {
        var verdict = SymbolicEquivalenceTests.Check(Horn + Filler, Horn.Replace("xHorn := FALSE;", "xHorn := TRUE;", StringComparison.Ordinal) + Filler);
        Assert.True(verdict.Outcome == SymbolicOutcome.ProvenEquivalent, verdict.ToText(TimeSpan.FromMilliseconds(10)));
        Assert.Contains("token for token", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_that_reads_a_changed_program_is_not_taken_as_unchanged()
    {
        var reads = Filler.Replace("xValveOpen := xGuardOk AND", "xValveOpen := NOT PRG_Horn.xHorn AND xGuardOk AND", StringComparison.Ordinal);
        var verdict = SymbolicEquivalenceTests.Check(Horn + reads, Horn.Replace("xHorn := FALSE;", "xHorn := TRUE;", StringComparison.Ordinal) + reads);
        Assert.NotEqual(SymbolicOutcome.ProvenEquivalent, verdict.Outcome);
    }
}
