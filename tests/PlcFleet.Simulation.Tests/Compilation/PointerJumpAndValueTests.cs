using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>POINTER TO / REF_TO, JMP, value semantics of structs and arrays, short-circuit and wrap-around.</summary>
public sealed class PointerJumpAndValueTests
{
    [Fact]
    public void Pointer_to_a_setpoint_reads_and_writes_the_variable_it_points_at()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Oven
            VAR_INPUT bUseZone2 : BOOL; END_VAR
            VAR_OUTPUT nZone1 : INT := 180; nZone2 : INT := 220; nSelected : INT; END_VAR
            VAR pSetpoint : POINTER TO INT; END_VAR
            IF bUseZone2 THEN
                pSetpoint := ADR(nZone2);
            ELSE
                pSetpoint := ADR(nZone1);
            END_IF;
            nSelected := pSetpoint^;
            pSetpoint^ := pSetpoint^ + 1;
            END_PROGRAM
            """));

        plc.Scan();
        Assert.Equal((180, 181, 220), (plc.Integer("nSelected"), plc.Integer("nZone1"), plc.Integer("nZone2")));
        plc.Set("bUseZone2", true).Scan();
        Assert.Equal((220, 181, 221), (plc.Integer("nSelected"), plc.Integer("nZone1"), plc.Integer("nZone2")));
    }

    [Fact]
    public void Dereferencing_a_null_pointer_faults_with_its_position()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Recipe
            VAR_OUTPUT nTemp : INT; END_VAR
            VAR pRecipeTemp : POINTER TO INT; END_VAR
            nTemp := 1;
            nTemp := pRecipeTemp^;
            END_PROGRAM
            """));

        var fault = Assert.Throws<PlcRuntimeFault>(() => plc.Scan());
        Assert.Equal(RuntimeFaultKind.NullDereference, fault.Kind);
        Assert.Equal(("file0.st", 5, 1), (fault.Location!.File, fault.Location.Line, fault.Location.Column));
        Assert.Contains("pRecipeTemp", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pointer_to_a_struct_member_aliases_it()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            TYPE ST_Axis : STRUCT Position : DINT; Homed : BOOL; END_STRUCT END_TYPE
            PROGRAM PRG_Axis
            VAR_OUTPUT nPosition : DINT; END_VAR
            VAR stAxis : ST_Axis; rPosition : POINTER TO DINT; END_VAR
            rPosition := ADR(stAxis.Position);
            rPosition^ := rPosition^ + 5;
            nPosition := stAxis.Position;
            END_PROGRAM
            """));

        plc.Scan(3);
        Assert.Equal(15, plc.Integer("nPosition"));
    }

    [Fact]
    public void Jump_skips_forward_and_a_backward_jump_loops_until_done()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Sort
            VAR_INPUT bSkip : BOOL; END_VAR
            VAR_OUTPUT nSum : INT; nMarker : INT; END_VAR
            VAR i : INT; END_VAR
            nSum := 0;
            i := 0;
            IF bSkip THEN
                JMP lblEnd;
            END_IF;
            lblLoop:
            i := i + 1;
            nSum := nSum + i;
            IF i < 4 THEN
                JMP lblLoop;
            END_IF;
            nMarker := 7;
            lblEnd:
            ;
            END_PROGRAM
            """));

        plc.Scan();
        Assert.Equal((10, 7), (plc.Integer("nSum"), plc.Integer("nMarker")));
        plc.Set("bSkip", true).Set("nMarker", 0, PlcType.Int).Scan();
        Assert.Equal((0, 0), (plc.Integer("nSum"), plc.Integer("nMarker")));
    }

    [Fact]
    public void A_backward_jump_that_never_ends_trips_the_watchdog()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Stuck
            VAR n : DINT; END_VAR
            lblAgain:
            n := n + 1;
            JMP lblAgain;
            END_PROGRAM
            """));

        var fault = Assert.Throws<PlcRuntimeFault>(() => plc.Scan());
        Assert.Equal(RuntimeFaultKind.Watchdog, fault.Kind);
        Assert.Equal(5, fault.Location!.Line);
    }

    [Fact]
    public void Struct_assignment_copies_including_the_timer_inside()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            TYPE ST_Station :
            STRUCT
                nCount : INT;
                tonDwell : TON;
            END_STRUCT
            END_TYPE
            PROGRAM PRG_Stations
            VAR_INPUT bRun : BOOL; END_VAR
            VAR_OUTPUT bLiveDone : BOOL; bSnapshotDone : BOOL; nSnapshot : INT; END_VAR
            VAR stLive : ST_Station; stSnapshot : ST_Station; bTaken : BOOL; END_VAR
            stLive.nCount := stLive.nCount + 1;
            stLive.tonDwell(IN := bRun, PT := T#50MS);
            IF NOT bTaken THEN
                stSnapshot := stLive;
                bTaken := TRUE;
            END_IF;
            stSnapshot.tonDwell(IN := FALSE);
            bLiveDone := stLive.tonDwell.Q;
            bSnapshotDone := stSnapshot.tonDwell.Q;
            nSnapshot := stSnapshot.nCount;
            END_PROGRAM
            """));

        plc.Set("bRun", true).Scan(10);
        Assert.True(plc.Bool("bLiveDone"));
        Assert.False(plc.Bool("bSnapshotDone")); // resetting the copy's timer left the original running
        Assert.Equal(1, plc.Integer("nSnapshot"));
    }

    [Fact]
    public void Array_assignment_copies_the_elements()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Buffers
            VAR_OUTPUT nOriginal : INT; nCopy : INT; END_VAR
            VAR aLive : ARRAY[1..3] OF INT; aCopy : ARRAY[1..3] OF INT; END_VAR
            aLive[2] := 5;
            aCopy := aLive;
            aCopy[2] := 9;
            nOriginal := aLive[2];
            nCopy := aCopy[2];
            END_PROGRAM
            """));

        plc.Scan();
        Assert.Equal((5, 9), (plc.Integer("nOriginal"), plc.Integer("nCopy")));
    }

    [Fact]
    public void And_then_skips_the_right_side_while_and_evaluates_both()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Guarded
            VAR_INPUT nDivisor : INT; END_VAR
            VAR_OUTPUT bHigh : BOOL; END_VAR
            bHigh := nDivisor <> 0 AND_THEN 100 / nDivisor > 10;
            END_PROGRAM
            """));

        plc.Scan();
        Assert.False(plc.Bool("bHigh"));
        plc.Set("nDivisor", 5, PlcType.Int).Scan();
        Assert.True(plc.Bool("bHigh"));

        var eager = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Eager
            VAR_INPUT nDivisor : INT; END_VAR
            VAR_OUTPUT bHigh : BOOL; END_VAR
            bHigh := nDivisor <> 0 AND 100 / nDivisor > 10;
            END_PROGRAM
            """));
        Assert.Equal(RuntimeFaultKind.DivisionByZero, Assert.Throws<PlcRuntimeFault>(() => eager.Scan()).Kind);
    }

    [Theory]
    [InlineData("SINT", "127", "+", "-128")]
    [InlineData("USINT", "255", "+", "0")]
    [InlineData("INT", "32767", "+", "-32768")]
    [InlineData("INT", "-32768", "-", "32767")]
    [InlineData("UINT", "0", "-", "65535")]
    [InlineData("WORD", "65535", "+", "0")]
    [InlineData("DINT", "2147483647", "+", "-2147483648")]
    [InlineData("UDINT", "4294967295", "+", "0")]
    [InlineData("LINT", "9223372036854775807", "+", "-9223372036854775808")]
    public void Integer_arithmetic_wraps_at_the_width_of_its_type(string type, string start, string op, string expected)
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance($$"""
            PROGRAM PRG_Wrap
            VAR_OUTPUT nValue : {{type}} := {{start}}; END_VAR
            VAR nStep : {{type}} := 1; END_VAR
            nValue := nValue {{op}} nStep;
            END_PROGRAM
            """));

        plc.Scan();
        Assert.Equal(long.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), plc.Integer("nValue"));
    }

    [Fact]
    public void Dividing_the_most_negative_dint_by_minus_one_wraps_instead_of_crashing()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Divide
            VAR_OUTPUT nResult : LINT; END_VAR
            VAR nMin : LINT := -9223372036854775807; nMinusOne : LINT := -1; END_VAR
            nResult := (nMin - 1) / nMinusOne;
            END_PROGRAM
            """));

        plc.Scan();
        Assert.Equal(long.MinValue, plc.Integer("nResult"));
    }

    [Fact]
    public void Non_constant_initializers_run_when_the_instance_is_created_in_declaration_order()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            FUNCTION_BLOCK FB_Zone
            VAR_INPUT nBase : INT := 40; END_VAR
            VAR_OUTPUT nLimit : INT := nBase * 2 + 5; END_VAR
            VAR pLimit : POINTER TO INT := ADR(nLimit); END_VAR
            pLimit^ := pLimit^ + 1;
            END_FUNCTION_BLOCK

            PROGRAM PRG_Zones
            VAR_OUTPUT nLimit : INT; END_VAR
            VAR fbZone : FB_Zone; END_VAR
            fbZone();
            nLimit := fbZone.nLimit;
            END_PROGRAM
            """));

        plc.Scan();
        Assert.Equal(86, plc.Integer("nLimit")); // 40 * 2 + 5, then one increment through the pointer
    }
}
