using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Tests.Compilation;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.StandardFunctions;

/// <summary>ADD..MOD, AND..NOT, GT..NE, MOVE, the named time functions and the conversions as functions: the operators' semantics.</summary>
public sealed class OperatorFunctionTests
{
    [Theory]
    [InlineData("INT", "ADD(nA, nB, 5)", 1235)]
    [InlineData("INT", "ADD(INT#32767, INT#1)", -32768)]
    [InlineData("SINT", "SUB(SINT#-128, SINT#1)", 127)]
    [InlineData("INT", "MUL(nA, 2, 3)", 6000)]
    [InlineData("INT", "DIV(nA, 7)", 142)]
    [InlineData("INT", "DIV(-7, 2)", -3)]
    [InlineData("INT", "SUB(IN1 := nB, IN2 := nA)", -770)]
    [InlineData("INT", "MOVE(nB)", 230)]
    [InlineData("WORD", "NOT(WORD#16#00FF)", 0xFF00)]
    [InlineData("BOOL", "NOT(TRUE)", 0)]
    public void Arithmetic_and_bitwise_functions_match_their_operators(string type, string call, long expected) =>
        Assert.Equal(expected, FunctionProbe.Evaluate(type, call, "nA : INT := 1000; nB : INT := 230;").AsInteger);

    [Fact]
    public void Real_division_as_a_function_rounds_to_single_precision()
    {
        Assert.Equal((double)(1f / 3f), FunctionProbe.Evaluate("REAL", "DIV(REAL#1.0, REAL#3.0)").AsReal);
    }

    [Fact]
    public void Div_by_zero_faults_with_the_position_of_the_statement()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Throughput
            VAR_INPUT nParts : DINT := 120; nMinutes : DINT; END_VAR
            VAR_OUTPUT nPerMinute : DINT; END_VAR
            nPerMinute := 0;
              nPerMinute := DIV(nParts, nMinutes);
            END_PROGRAM
            """));

        var fault = Assert.Throws<PlcRuntimeFault>(() => plc.Scan());
        Assert.Equal(RuntimeFaultKind.DivisionByZero, fault.Kind);
        Assert.Equal(("file0.st", 5, 3), (fault.Location!.File, fault.Location.Line, fault.Location.Column));
        Assert.Contains("DIV(nParts, nMinutes)", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GT(30, 20, 10)", true)]
    [InlineData("GT(30, 20, 20)", false)]
    [InlineData("GE(30, 20, 20)", true)]
    [InlineData("EQ(7, 7, 7)", true)]
    [InlineData("EQ(7, 7, 8)", false)]
    [InlineData("LE(1, 1, 2)", true)]
    [InlineData("LT(1, 1, 2)", false)]
    [InlineData("LT(1, 2)", true)]
    [InlineData("NE(1, 2)", true)]
    [InlineData("NE(T#1S, T#1000MS)", false)]
    [InlineData("GT('B', 'A')", true)]
    [InlineData("LT(REAL#1.5, REAL#2.5, REAL#2.75)", true)]
    public void Comparison_functions_are_true_when_the_inputs_are_in_order(string call, bool expected) =>
        Assert.Equal(expected, FunctionProbe.Evaluate("BOOL", call).AsBool);

    [Fact]
    public void An_extensible_comparison_evaluates_each_input_once()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            FUNCTION F_NextCount : INT
            VAR_IN_OUT nCounter : INT; END_VAR
            nCounter := nCounter + 1;
            F_NextCount := nCounter;
            END_FUNCTION
            PROGRAM PRG_Sequence
            VAR_OUTPUT bRising : BOOL; nCalls : INT; END_VAR
            nCalls := 0;
            bRising := LT(0, F_NextCount(nCalls), 5);
            END_PROGRAM
            """));

        plc.Scan();
        Assert.Equal((true, 1L), (plc.Bool("bRising"), plc.Integer("nCalls")));
    }

    [Theory]
    [InlineData("ADD_TIME(T#1S, T#250MS)", 1_250_000_000L)]
    [InlineData("SUB_TIME(T#1S, T#250MS)", 750_000_000L)]
    [InlineData("MUL_TIME(T#250MS, 4)", 1_000_000_000L)]
    [InlineData("DIV_TIME(T#1S, 4)", 250_000_000L)]
    [InlineData("ADD(T#2S, T#3S)", 5_000_000_000L)]
    [InlineData("MUL(T#100MS, REAL#2.5)", 250_000_000L)]
    public void Named_time_functions_compute_like_time_operators(string call, long nanoseconds) =>
        Assert.Equal(nanoseconds, FunctionProbe.Evaluate("TIME", call).AsNanoseconds);

    [Theory]
    [InlineData("WORD", "UINT_TO_BCD_WORD(UINT#1234)", 0x1234)]
    [InlineData("UINT", "WORD_BCD_TO_UINT(WORD#16#0987)", 987)]
    [InlineData("INT", "BCD_TO_INT(WORD#16#4321)", 4321)]
    [InlineData("WORD", "INT_TO_BCD(INT#59)", 0x0059)]
    [InlineData("USINT", "BYTE_BCD_TO_USINT(BYTE#16#1A)", 255)]
    [InlineData("BYTE", "USINT_TO_BCD_BYTE(USINT#120)", 0xFF)]
    public void Bcd_conversions_code_one_digit_per_nibble(string type, string call, long expected) =>
        Assert.Equal(expected, FunctionProbe.Evaluate(type, call).AsInteger);

    [Theory]
    [InlineData("TIME_TO_STRING(T#1M30S)", "T#1m30s")]
    [InlineData("REAL_TO_STRING(REAL#0.1)", "0.1")]
    [InlineData("LREAL_TO_STRING(LREAL#0.1)", "0.1")]
    [InlineData("CHAR_TO_STRING(BYTE_TO_CHAR(BYTE#65))", "A")]
    [InlineData("BOOL_TO_STRING(TRUE)", "TRUE")]
    public void Conversions_to_string_print_the_value(string call, string expected) => Assert.Equal(expected, FunctionProbe.Text(call));

    [Fact]
    public void Ltime_converts_to_integers_in_nanoseconds()
    {
        Assert.Equal(1_000_000, FunctionProbe.Evaluate("LINT", "LTIME_TO_LINT(LTIME#1MS)").AsInteger);
        Assert.Equal(1_000_000_000, FunctionProbe.Evaluate("TIME", "LTIME_TO_TIME(LTIME#1S)").AsNanoseconds);
        Assert.Equal(1500, FunctionProbe.Evaluate("DINT", "TIME_TO_DINT(T#1500MS)").AsInteger);
    }

    [Theory]
    [InlineData("STRING", "DATE_TO_STRING(D#2024-05-01)")]
    [InlineData("DT", "CONCAT_DATE_TOD(D#2024-05-01, TOD#12:00:00)")]
    [InlineData("TIME", "STRING_TO_TIME('T#5S')")]
    [InlineData("TOD", "ADD_TOD_TIME(TOD#08:00:00, T#1H)")]
    public void Functions_without_an_exact_runtime_form_are_reported_not_guessed(string type, string call)
    {
        var result = FunctionProbe.Compile(type, call);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("is not supported by the simulator", StringComparison.Ordinal));
    }
}
