using PlcFleet.Simulation.Symbolic;

namespace PlcFleet.Simulation.Tests.Symbolic;

/// <summary>REAL and LREAL in the symbolic model: IEEE single and double precision, as the simulator computes them.</summary>
public sealed class RealEquivalenceTests
{
    private const string GlueTank = """
        PROGRAM PRG_GlueTank
        VAR_INPUT
            iRaw : INT;         // level probe, 0..27648 = 0..100 %
        END_VAR
        VAR_OUTPUT
            xLow : BOOL;        // refill request to the HMI
            rPct : REAL;
        END_VAR
        rPct := INT_TO_REAL(iRaw) * 100.0 / 27648.0;
        xLow := rPct < 25.0;
        END_PROGRAM
        """;

    private const string Heater = """
        PROGRAM PRG_GlueHeater
        VAR_INPUT
            rTempC : REAL;      // glue temperature from the PT100 card
            xEnable : BOOL;
        END_VAR
        VAR_OUTPUT
            xHeater : BOOL;
            xOverTemp : BOOL;
            iSetpointPct : INT;
        END_VAR
        VAR
            tonOver : TON;
            rError : REAL;
        END_VAR
        rError := 165.0 - rTempC;
        xHeater := xEnable AND rError > 2.5;
        iSetpointPct := REAL_TO_INT(LIMIT(0.0, rError * 10.0, 100.0));
        tonOver(IN := rTempC >= 185.0, PT := T#30S);
        xOverTemp := tonOver.Q;
        END_PROGRAM
        """;

    [Fact]
    public void A_low_level_alarm_that_now_includes_exactly_25_percent_is_found_and_replayed()
    {
        var verdict = SymbolicEquivalenceTests.Check(GlueTank, GlueTank.Replace("rPct < 25.0", "rPct <= 25.0", StringComparison.Ordinal));
        Assert.True(verdict.Outcome == SymbolicOutcome.Differs, verdict.ToText(TimeSpan.FromMilliseconds(10)));
        Assert.Equal("xLow", verdict.Divergence!.Signal);
        Assert.NotNull(verdict.Trace);

        // Raw 6912 is exactly 25 %; no other raw count scales to a REAL of 25.0, so the trace must hold it. (At 20 %,
        // 5529.6 raw, no INT scales to exactly 20.0: there `< 20.0` and `<= 20.0` cannot differ at all.)
        Assert.Contains(verdict.Trace!.Segments.SelectMany(s => s.Changes), c => c.Key == "iRaw" && c.Value.AsInteger == 6912);
    }

    [Fact]
    public void Inlining_the_scaled_level_into_the_comparison_is_never_a_difference()
    {
        var after = GlueTank.Replace("xLow := rPct < 25.0;", "xLow := INT_TO_REAL(iRaw) * 100.0 / 27648.0 < 25.0;", StringComparison.Ordinal);
        var verdict = SymbolicEquivalenceTests.Check(GlueTank, after);
        // Proven or bounded; unknown only when the wall-time budget runs out on a loaded machine, never for want of REAL.
        Assert.True(verdict.Outcome != SymbolicOutcome.Differs && !verdict.Reason.Contains("not in the symbolic model", StringComparison.Ordinal), verdict.ToText(TimeSpan.FromMilliseconds(10)));
    }

    [Fact]
    public void Scaling_by_a_precomputed_factor_differs_only_in_rounding_and_is_never_a_difference()
    {
        // 100/27648 as one constant rounds differently in the last bit for some raw values; the replay compares REAL
        // outputs within 1e-6 relative and rejects what the stricter model reports: never a difference. (Bounded or, when
        // the wall-time budget runs out on a loaded machine, unknown; but never for want of REAL in the model.)
        var after = GlueTank.Replace("rPct := INT_TO_REAL(iRaw) * 100.0 / 27648.0;", "rPct := INT_TO_REAL(iRaw) * 0.003616898148;", StringComparison.Ordinal);
        var verdict = SymbolicEquivalenceTests.Check(GlueTank, after, symbolic: new SymbolicOptions());
        Assert.NotEqual(SymbolicOutcome.Differs, verdict.Outcome);
        Assert.DoesNotContain("not in the symbolic model", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scaling_for_a_different_analog_card_range_is_found_on_the_REAL_output()
    {
        var verdict = SymbolicEquivalenceTests.Check(GlueTank, GlueTank.Replace("* 100.0 / 27648.0;", "* 100.0 / 32767.0;", StringComparison.Ordinal));
        Assert.True(verdict.Outcome == SymbolicOutcome.Differs, verdict.ToText(TimeSpan.FromMilliseconds(10)));
        Assert.Contains(verdict.Divergence!.Signal, new[] { "rPct", "xLow" });
    }

    [Fact]
    public void An_overtemperature_trip_raised_by_a_degree_is_found_and_replayed()
    {
        var verdict = SymbolicEquivalenceTests.Check(Heater, Heater.Replace("rTempC >= 185.0", "rTempC >= 186.0", StringComparison.Ordinal));
        Assert.True(verdict.Outcome == SymbolicOutcome.Differs, verdict.ToText(TimeSpan.FromMilliseconds(10)));
        Assert.Equal("xOverTemp", verdict.Divergence!.Signal);
        Assert.True(verdict.Divergence.Time >= TimeSpan.FromSeconds(30), verdict.Reason);
    }

    [Fact]
    public void A_heater_setpoint_rounded_instead_of_truncated_is_found_where_the_rounding_differs()
    {
        // REAL_TO_INT rounds half to even in the simulator (and in CODESYS); TRUNC is not in the model, so the
        // difference is made with an explicit -0.5 the way old code did it.
        var verdict = SymbolicEquivalenceTests.Check(Heater, Heater.Replace("REAL_TO_INT(LIMIT(0.0, rError * 10.0, 100.0))", "REAL_TO_INT(LIMIT(0.0, rError * 10.0, 100.0) - 0.5)", StringComparison.Ordinal));
        Assert.True(verdict.Outcome == SymbolicOutcome.Differs, verdict.ToText(TimeSpan.FromMilliseconds(10)));
        Assert.Equal("iSetpointPct", verdict.Divergence!.Signal);
    }

    [Fact]
    public void Heater_logic_rewritten_with_IF_and_MIN_MAX_is_never_a_difference()
    {
        var after = Heater
            .Replace("xHeater := xEnable AND rError > 2.5;", "IF xEnable AND NOT (rError <= 2.5) THEN\n    xHeater := TRUE;\nELSE\n    xHeater := FALSE;\nEND_IF;", StringComparison.Ordinal)
            .Replace("LIMIT(0.0, rError * 10.0, 100.0)", "MIN(MAX(rError * 10.0, 0.0), 100.0)", StringComparison.Ordinal);
        var verdict = SymbolicEquivalenceTests.Check(Heater, after);
        // Proven or bounded; unknown only when the wall-time budget runs out on a loaded machine, never for want of REAL.
        Assert.True(verdict.Outcome != SymbolicOutcome.Differs && !verdict.Reason.Contains("not in the symbolic model", StringComparison.Ordinal), verdict.ToText(TimeSpan.FromMilliseconds(10)));
    }

    [Fact]
    public void A_square_root_stays_unknown_and_names_the_function()
    {
        const string Flow = """
            PROGRAM PRG_Flow
            VAR_INPUT
                rDeltaP : REAL;
            END_VAR
            VAR_OUTPUT
                xFlowLow : BOOL;
            END_VAR
            xFlowLow := SQRT(rDeltaP) < 4.0;
            END_PROGRAM
            """;
        var verdict = SymbolicEquivalenceTests.Check(Flow, Flow.Replace("4.0", "4.5", StringComparison.Ordinal));
        Assert.True(verdict.Outcome == SymbolicOutcome.Unknown, verdict.ToText(TimeSpan.FromMilliseconds(10)));
        Assert.Contains("SQRT", verdict.Reason, StringComparison.Ordinal);
    }
}
