using PlcFleet.Simulation.Tests.Compilation;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.StandardFunctions;

/// <summary>LN, LOG, EXP, EXPT, the trigonometry and ABS/MIN/MAX/LIMIT on every type the binder allows.</summary>
public sealed class NumericFunctionTests
{
    [Theory]
    [InlineData("LN(LREAL#10.0)", 2.302585092994046)]
    [InlineData("LOG(LREAL#1000.0)", 3.0)]
    [InlineData("EXP(LREAL#1.0)", Math.E)]
    [InlineData("EXPT(LREAL#2.0, 10)", 1024.0)]
    [InlineData("EXPT(LREAL#4.0, LREAL#0.5)", 2.0)]
    [InlineData("LREAL#2.0 ** LREAL#-1.0", 0.5)]
    [InlineData("SIN(LREAL#0.5)", 0.479425538604203)]
    [InlineData("COS(LREAL#0.5)", 0.8775825618903728)]
    [InlineData("TAN(LREAL#0.5)", 0.5463024898437905)]
    [InlineData("ASIN(LREAL#0.5)", 0.5235987755982989)]
    [InlineData("ACOS(LREAL#0.5)", 1.0471975511965979)]
    [InlineData("ATAN(LREAL#1.0)", Math.PI / 4)]
    [InlineData("ATAN2(LREAL#1.0, LREAL#-1.0)", 3 * Math.PI / 4)]
    public void Lreal_functions_compute_in_double_precision(string call, double expected) =>
        Assert.Equal(expected, FunctionProbe.Evaluate("LREAL", call).AsReal, 14);

    [Theory]
    [InlineData("LN(REAL#10.0)", 2.302585092994046)]
    [InlineData("EXP(REAL#0.1)", 1.1051709180756477)]
    [InlineData("SIN(REAL#1.0)", 0.8414709848078965)]
    [InlineData("EXPT(REAL#1.5, 3)", 3.375)]
    public void Real_functions_round_to_single_precision(string call, double exact) =>
        Assert.Equal((double)(float)exact, FunctionProbe.Evaluate("REAL", call).AsReal);

    [Theory]
    [InlineData("DINT#3 ** 4", 81.0)] // CODESYS raises integers, in REAL
    [InlineData("INT#10 ** 5", 100000.0)]
    public void Integer_bases_are_raised_in_real(string expression, double expected) =>
        Assert.Equal(expected, FunctionProbe.Evaluate("REAL", expression).AsReal);

    [Fact]
    public void Out_of_domain_results_are_ieee_values_not_faults()
    {
        Assert.Equal(double.NegativeInfinity, FunctionProbe.Evaluate("LREAL", "LN(LREAL#0.0)").AsReal);
        Assert.True(double.IsNaN(FunctionProbe.Evaluate("LREAL", "LN(LREAL#-1.0)").AsReal));
        Assert.True(double.IsNaN(FunctionProbe.Evaluate("REAL", "ASIN(REAL#2.0)").AsReal));
        Assert.Equal(double.NegativeInfinity, FunctionProbe.Evaluate("LREAL", "LOG(LREAL#0.0)").AsReal);
    }

    [Fact]
    public void A_tank_level_is_filtered_with_ln_and_exp()
    {
        // First-order lag: alpha = 1 - EXP(-dt / tau); the time constant comes back from the step response with LN.
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_TankLevel
            VAR_INPUT rRawLevel : LREAL; END_VAR
            VAR_OUTPUT rFiltered : LREAL; rTauBack : LREAL; END_VAR
            VAR rAlpha : LREAL; END_VAR
            rAlpha := 1.0 - EXP(-0.01 / 0.5);
            rFiltered := rFiltered + rAlpha * (rRawLevel - rFiltered);
            IF rFiltered > 0.0 AND rFiltered < rRawLevel THEN
                rTauBack := -0.01 / LN(1.0 - rAlpha);
            END_IF;
            END_PROGRAM
            """));

        plc.Plc.Set("rRawLevel", PlcValue.FromReal(80.0, PlcType.LReal));
        plc.Scan(50);
        Assert.Equal(80.0 * (1 - Math.Exp(-1.0)), plc.Real("rFiltered"), 9);
        Assert.Equal(0.5, plc.Real("rTauBack"), 12);
    }

    [Theory]
    [InlineData("INT", "ABS(INT#-300)", 300)]
    [InlineData("INT", "ABS(INT#-32768)", -32768)]
    [InlineData("SINT", "ABS(SINT#-128)", -128)]
    [InlineData("LINT", "ABS(LINT#-9223372036854775807 - 1)", long.MinValue)]
    [InlineData("UINT", "ABS(UINT#65535)", 65535)]
    [InlineData("DINT", "ABS(DINT#-70000)", 70000)]
    public void Abs_wraps_like_the_plc_and_leaves_unsigned_values(string type, string call, long expected) =>
        Assert.Equal(expected, FunctionProbe.Evaluate(type, call).AsInteger);

    [Fact]
    public void Abs_of_a_real()
    {
        Assert.Equal(2.5, FunctionProbe.Evaluate("REAL", "ABS(REAL#-2.5)").AsReal);
    }

    [Theory]
    [InlineData("TIME", "MAX(T#2S, T#500MS, T#3S)", 3_000_000_000L)]
    [InlineData("TIME", "MIN(T#2S, T#500MS, T#3S)", 500_000_000L)]
    [InlineData("TIME", "LIMIT(T#1S, T#200MS, T#5S)", 1_000_000_000L)]
    [InlineData("LTIME", "LIMIT(LTIME#1S, LTIME#9S, LTIME#5S)", 5_000_000_000L)]
    [InlineData("UDINT", "MAX(UDINT#4000000000, UDINT#5)", 4_000_000_000L)]
    [InlineData("BYTE", "MIN(BYTE#16#F0, BYTE#16#0F)", 0x0F)]
    [InlineData("INT", "LIMIT(MX := 100, IN := 250, MN := 0)", 100)]
    [InlineData("INT", "LIMIT(0, -5, 100)", 0)]
    public void Min_max_and_limit_order_every_elementary_type(string type, string call, long expected) =>
        Assert.Equal(expected, FunctionProbe.Evaluate(type, call).AsInteger);

    [Fact]
    public void Ulint_above_two_to_the_63_orders_unsigned()
    {
        Assert.Equal(unchecked((long)ulong.MaxValue), FunctionProbe.Evaluate("ULINT", "MAX(ULINT#18446744073709551615, ULINT#1)").AsInteger);
        Assert.True(FunctionProbe.Evaluate("BOOL", "ULINT#18446744073709551615 > ULINT#1").AsBool);
    }

    [Fact]
    public void Min_and_max_of_strings_compare_them()
    {
        Assert.Equal("ALPHA", FunctionProbe.Text("MIN('BRAVO', 'ALPHA', 'CHARLIE')"));
        Assert.Equal("CHARLIE", FunctionProbe.Text("MAX('BRAVO', 'ALPHA', 'CHARLIE')"));
    }

    [Fact]
    public void Real_limit_clamps_a_setpoint()
    {
        Assert.Equal(95.5, FunctionProbe.Evaluate("REAL", "LIMIT(REAL#10.0, REAL#120.0, REAL#95.5)").AsReal);
    }
}
