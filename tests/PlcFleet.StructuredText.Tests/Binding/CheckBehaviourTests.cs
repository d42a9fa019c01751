using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Tests.Binding;

/// <summary>Checker behaviour beyond single golden cases: no cascades, dialect differences, conversions in the tree.</summary>
public sealed class CheckBehaviourTests
{
    [Fact]
    public void Unknown_type_yields_one_diagnostic_however_often_the_variable_is_used()
    {
        var diagnostics = BindingTestHelpers.Errors("""
            PROGRAM PRG_Axis
            VAR
                fbAxis : MC_MoveAbsolute;
                xDone : BOOL;
            END_VAR
            fbAxis(Execute := TRUE, Position := 100.0);
            xDone := fbAxis.Done AND fbAxis.Busy;
            IF fbAxis.Error THEN
                xDone := FALSE;
            END_IF
            END_PROGRAM
            """);

        Assert.Equal(["3:14 ST1020 type 'MC_MoveAbsolute' is not declared"], diagnostics);
    }

    [Fact]
    public void Undeclared_name_inside_an_expression_does_not_cascade()
    {
        var diagnostics = BindingTestHelpers.Errors("""
            PROGRAM PRG_Mixer
            VAR
                rSpeed : REAL;
            END_VAR
            rSpeed := LIMIT(0.0, rSetpoint * 1.5 + 2.0, 100.0);
            END_PROGRAM
            """);

        Assert.Equal(["5:22 ST1001 'rSetpoint' is not declared"], diagnostics);
    }

    [Theory]
    [InlineData(Dialect.Codesys, "ST2008")]
    [InlineData(Dialect.Iec, "ST1008")]
    public void Dint_to_real_is_a_warning_in_codesys_and_an_error_in_strict_iec(Dialect dialect, string code)
    {
        var codes = BindingTestHelpers.Codes("""
            PROGRAM PRG_Scale
            VAR_INPUT
                dnCounts : DINT;
            END_VAR
            VAR_OUTPUT
                rValue : REAL;
            END_VAR
            rValue := dnCounts;
            END_PROGRAM;
            """, dialect);

        Assert.Contains(code, codes);
    }

    [Theory]
    [InlineData("dnTotal := nPieces;", ConversionKind.ImplicitWidening)]
    [InlineData("rRate := nPieces;", ConversionKind.ImplicitWidening)]
    [InlineData("lrPosition := rRate;", ConversionKind.ImplicitWidening)]
    [InlineData("rRate := dnTotal;", ConversionKind.Lenient)]
    public void Implicit_conversions_appear_in_the_bound_tree(string statement, ConversionKind kind)
    {
        var (_, body) = BindingTestHelpers.BindProgram("nPieces : INT;\ndnTotal : DINT;\nrRate : REAL;\nlrPosition : LREAL;", statement);

        var conversion = Assert.IsType<BoundConversion>(((BoundAssignment)body.Statements[0]).Value);
        Assert.Equal(kind, conversion.Conversion.Kind);
        Assert.Equal(((BoundAssignment)body.Statements[0]).Target.Type, conversion.Type);
    }

    [Fact]
    public void Untyped_literal_takes_the_target_type_without_a_conversion()
    {
        var (_, body) = BindingTestHelpers.BindProgram("nSpeed : INT;", "nSpeed := 1200;");

        var literal = Assert.IsType<BoundLiteral>(((BoundAssignment)body.Statements[0]).Value);
        Assert.Equal("INT", literal.Type.Name);
        Assert.True(literal.IsUntyped);
    }

    [Theory]
    [InlineData("nSpeed := dnTotal;")]
    [InlineData("nSpeed := rRate;")]
    [InlineData("xRun := nSpeed;")]
    [InlineData("tDelay := nSpeed;")]
    [InlineData("nSpeed := tDelay;")]
    [InlineData("sName := nSpeed;")]
    [InlineData("nSpeed := 40000;")]
    [InlineData("usiSmall := -1;")]
    [InlineData("nSpeed := 1.5;")]
    public void Narrowing_and_unrelated_assignments_are_errors(string statement)
    {
        var (compilation, _) = BindingTestHelpers.BindProgram(
            "nSpeed : INT;\ndnTotal : DINT;\nrRate : REAL;\nxRun : BOOL;\ntDelay : TIME;\nsName : STRING;\nusiSmall : USINT;", statement);

        Assert.Contains(compilation.GetDiagnostics(), d => d.Code == "ST1008");
    }

    [Theory]
    [InlineData("dnTotal := nSpeed;")]
    [InlineData("rRate := nSpeed;")]
    [InlineData("lrPosition := dnTotal;")]
    [InlineData("tDelay := T#1S500MS;")]
    [InlineData("sName := 'Guard door open';")]
    [InlineData("rRate := 5;")]
    [InlineData("nSpeed := -32768;")]
    [InlineData("wStatus := bMask;")]
    [InlineData("xRun := TRUE;")]
    public void Widening_assignments_are_accepted(string statement)
    {
        var (compilation, _) = BindingTestHelpers.BindProgram(
            "nSpeed : INT;\ndnTotal : DINT;\nrRate : REAL;\nlrPosition : LREAL;\nxRun : BOOL;\ntDelay : TIME;\nsName : STRING;\nwStatus : WORD;\nbMask : BYTE;", statement);

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
    }

    [Theory]
    [InlineData("x : INT := 70000;", "ST1008")]
    [InlineData("t : TIME := 5;", "ST1008")]
    [InlineData("s : INT(0..100) := 150;", "ST1008")]
    [InlineData("a : ARRAY[1..N] OF INT;", "ST1001|ST1027")]
    public void Declaration_initializers_and_bounds_are_checked(string declaration, string codes)
    {
        var (compilation, _) = BindingTestHelpers.BindProgram(declaration, "");

        var expected = codes.Split('|');
        Assert.Contains(compilation.GetDiagnostics(), d => expected.Contains(d.Code));
    }

    [Fact]
    public void Subrange_accepts_values_inside_and_refuses_outside()
    {
        var (compilation, _) = BindingTestHelpers.BindProgram("nPercent : INT(0..100);", "nPercent := 100;\nnPercent := 101;");

        var error = Assert.Single(compilation.GetDiagnostics(), d => d.IsError);
        Assert.Equal(7, error.Start.Line);
    }

    [Fact]
    public void Codesys_exit_inside_case_inside_loop_is_fine()
    {
        var (compilation, body) = BindingTestHelpers.BindProgram("i : INT;\nnFound : INT;",
            "FOR i := 1 TO 10 BY 2 DO\n    CASE i OF\n        5: nFound := i; EXIT;\n    END_CASE\nEND_FOR");

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var loop = Assert.IsType<BoundFor>(body.Statements[0]);
        Assert.Equal("INT", loop.Step!.Type.Name);
    }

    [Fact]
    public void Set_and_reset_assignments_bind_as_set_reset()
    {
        var (compilation, body) = BindingTestHelpers.BindProgram("xAlarm, xFault, xAck : BOOL;", "xAlarm S= xFault;\nxAlarm R= xAck;");

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        Assert.True(Assert.IsType<BoundSetReset>(body.Statements[0]).IsSet);
        Assert.False(Assert.IsType<BoundSetReset>(body.Statements[1]).IsSet);
    }

    [Fact]
    public void Jump_binds_to_its_label()
    {
        var (compilation, body) = BindingTestHelpers.BindProgram("xSkip : BOOL;\nn : INT;", "IF xSkip THEN\n    JMP lblEnd;\nEND_IF\nn := n + 1;\nlblEnd:\nn := 0;");

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var jump = SymbolResolutionTests.Walk(body.Statements[0]).OfType<BoundJump>().Single();
        Assert.Same(body.Statements[2], jump.Target);
    }

    [Fact]
    public void Case_labels_carry_their_constant_values()
    {
        var (compilation, body) = BindingTestHelpers.BindProgram("eState : E_Step;\nxOut : BOOL;",
            "CASE eState OF\n    Idle: xOut := FALSE;\n    Run, Done: xOut := TRUE;\nEND_CASE",
            "TYPE E_Step : (Idle := 0, Run := 10, Done := 20) INT;\nEND_TYPE");

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var caseStatement = Assert.IsType<BoundCase>(body.Statements[0]);
        var labels = caseStatement.Elements.SelectMany(e => e.Labels).Select(l => l.Lower.Constant!.ToString()).ToList();
        Assert.Equal(3, labels.Count);
        Assert.Equal("E_Step", caseStatement.Selector.Type.Name);
    }

    [Fact]
    public void Case_ranges_overlapping_are_duplicates()
    {
        var (compilation, _) = BindingTestHelpers.BindProgram("n : INT;\nx : BOOL;", "CASE n OF\n    1..10: x := TRUE;\n    5..15: x := FALSE;\nEND_CASE");

        Assert.Contains(compilation.GetDiagnostics(), d => d.Code == "ST1012");
    }

    [Fact]
    public void Recursive_extends_is_reported_and_does_not_hang()
    {
        var codes = BindingTestHelpers.Codes("""
            FUNCTION_BLOCK FB_A EXTENDS FB_B
            VAR
                x : BOOL;
            END_VAR
            x := TRUE;
            END_FUNCTION_BLOCK
            FUNCTION_BLOCK FB_B EXTENDS FB_A
            END_FUNCTION_BLOCK
            """).ToList();

        Assert.Contains("ST1010", codes);
    }

    [Fact]
    public void Recursive_alias_types_do_not_hang()
    {
        var codes = BindingTestHelpers.Codes("TYPE T_A : T_B;\nEND_TYPE\nTYPE T_B : T_A;\nEND_TYPE\nPROGRAM P\nVAR\n    v : T_A;\nEND_VAR\nv := 1;\nEND_PROGRAM\n");

        Assert.NotNull(codes.ToList());
    }

    [Theory]
    [InlineData("xOut := LIMIT(0, nIn, 100) > 50;")]
    [InlineData("nOut := SEL(xIn, nIn, 20);")]
    [InlineData("nOut := SEL(xIn, 100, 500);")]
    [InlineData("nOut := MAX(0, 5);")]
    [InlineData("rOut := SEL(xIn, 1, 2);")]
    [InlineData("nOut := MUX(2, 10, 20, 30);")]
    [InlineData("nOut := MUX(1, nIn, 20, 30);")]
    [InlineData("rOut := SQRT(rIn);")]
    [InlineData("nOut := REAL_TO_INT(rIn * 10.0);")]
    [InlineData("sOut := CONCAT('Door ', 'open');")]
    [InlineData("nOut := LEN(sOut);")]
    [InlineData("wOut := ROL(wOut, 1);")]
    [InlineData("nOut := MAX(nIn, 5, 7);")]
    [InlineData("xOut := GT(nIn, 3);")]
    public void Standard_functions_resolve(string statement)
    {
        var (compilation, body) = BindingTestHelpers.BindProgram(
            "xIn, xOut : BOOL;\nnIn, nOut : INT;\nrIn, rOut : REAL;\nsOut : STRING;\nwOut : WORD;", statement);

        var errors = compilation.GetDiagnostics().Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotEmpty(SymbolResolutionTests.Walk(body.Statements[0]).OfType<BoundCall>());
    }

    [Fact]
    public void Limit_call_carries_the_resolved_overload()
    {
        var (_, body) = BindingTestHelpers.BindProgram("nSpeed, nOut : INT;", "nOut := LIMIT(0, nSpeed, 100);");

        var call = Assert.IsType<BoundCall>(((BoundAssignment)body.Statements[0]).Value);
        Assert.Equal("LIMIT", call.Callee.Name);
        Assert.Equal("INT", call.Resolution!.GenericType!.Name);
        Assert.Equal(["MN", "IN", "MX"], call.Arguments.Select(a => a.ParameterName));
        Assert.All(call.Arguments, a => Assert.Equal("INT", a.Value.Type.Name));
    }

    [Fact]
    public void Reading_an_output_of_a_called_block_counts_as_use()
    {
        var diagnostics = BindingTestHelpers.Diagnose("""
            PROGRAM PRG_Door
            VAR_INPUT
                xDoorOpen : BOOL;
            END_VAR
            VAR_OUTPUT
                xAlarm : BOOL;
            END_VAR
            VAR
                tonDoor : TON;
            END_VAR
            tonDoor(IN := xDoorOpen, PT := T#10S);
            xAlarm := tonDoor.Q;
            END_PROGRAM
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Codesys_address_operators_are_known_in_codesys_only()
    {
        const string Code = "PROGRAM P\nVAR\n    nValue : INT;\n    pValue : POINTER TO INT;\nEND_VAR\npValue := ADR(nValue);\npValue^ := 5;\nEND_PROGRAM\n";

        Assert.DoesNotContain(BindingTestHelpers.Compile(Code).GetDiagnostics(), d => d.IsError);
        Assert.Contains(BindingTestHelpers.Compile(Code, Dialect.Iec).GetDiagnostics(), d => d.Code == "ST1001");
    }

    [Fact]
    public void Codesys_counter_accepts_reset_for_r()
    {
        var (compilation, body) = BindingTestHelpers.BindProgram("ctuParts : CTU;\nxPart, xAck : BOOL;", "ctuParts(CU := xPart, RESET := xAck, PV := 100);");

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        Assert.Equal("R", Assert.IsType<BoundFbCall>(body.Statements[0]).Arguments[1].Parameter!.Name);
    }

    [Theory]
    [InlineData("srLatch : SR;", "srLatch(SET1 := xStart, RESET := xStop);", "S1", "R")]
    [InlineData("srLatch : SR;", "srLatch(SET1 := xStart, RESET1 := xStop);", "S1", "R")]
    [InlineData("rsLatch : RS;", "rsLatch(SET := xStart, RESET1 := xStop);", "S", "R1")]
    public void Bistables_accept_the_codesys_input_names(string declaration, string call, string set, string reset)
    {
        foreach (var dialect in new[] { Dialect.Codesys, Dialect.Iec })
        {
            var compilation = BindingTestHelpers.Compile($"PROGRAM P\nVAR\n    {declaration}\n    xStart, xStop : BOOL;\nEND_VAR\n{call}\nEND_PROGRAM\n", dialect);
            Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
            var fbCall = Assert.IsType<BoundFbCall>(compilation.GetBoundBody(compilation.Pou("P"))!.Statements[0]);
            Assert.Equal([set, reset], fbCall.Arguments.Select(a => a.Parameter!.Name));
        }
    }

    [Fact]
    public void A_file_that_does_not_parse_gets_semantic_errors_but_no_guessed_warnings()
    {
        var diagnostics = BindingTestHelpers.Compile("PROGRAM P\nVAR\n    xOk : BOOL;\n    xRun : BOOL;\nEND_VAR\nxRun := xOk AND Undeclared;\nxRun := xOk +;\nEND_PROGRAM\n").GetDiagnostics();

        Assert.Contains(diagnostics, d => d.Code == "ST1001");
        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("ST2", StringComparison.Ordinal));
    }
}
