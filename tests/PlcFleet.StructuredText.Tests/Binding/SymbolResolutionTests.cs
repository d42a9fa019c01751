using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Tests.Binding;

/// <summary>What names resolve to: variable kinds, block members, methods and properties through EXTENDS, enum values.</summary>
public sealed class SymbolResolutionTests
{
    private const string Motor = """
        VAR_GLOBAL
            gxEStopOk : BOOL;
            gxHorn AT %QX0.7 : BOOL;
        END_VAR
        VAR_GLOBAL CONSTANT
            gnMaxSpeed : INT := 1500;
        END_VAR

        FUNCTION_BLOCK FB_Motor
        VAR_INPUT
            xStart : BOOL;
        END_VAR
        VAR_OUTPUT
            xRunning : BOOL;
        END_VAR
        VAR_IN_OUT
            nFaults : INT;
        END_VAR
        VAR
            tonFeedback : TON;
        END_VAR
        VAR_TEMP
            xCheck : BOOL;
        END_VAR
        VAR_EXTERNAL
            gxHorn : BOOL;
        END_VAR
        xCheck := xStart AND gxEStopOk;
        tonFeedback(IN := xCheck, PT := T#2S);
        xRunning := tonFeedback.Q;
        gxHorn := NOT xRunning;
        IF NOT xRunning THEN
            nFaults := nFaults + 1;
        END_IF
        END_FUNCTION_BLOCK
        """;

    [Theory]
    [InlineData(0, "xCheck", VariableStorage.Temp)]
    [InlineData(0, "xStart", VariableStorage.Input)]
    [InlineData(0, "gxEStopOk", VariableStorage.Global)]
    [InlineData(2, "xRunning", VariableStorage.Output)]
    [InlineData(3, "gxHorn", VariableStorage.Global)]
    public void Names_resolve_to_variables_of_the_right_kind(int statement, string name, VariableStorage storage)
    {
        var compilation = BindingTestHelpers.Compile(Motor);
        var body = compilation.GetBoundBody(compilation.Pou("FB_Motor"))!;

        var variables = Walk(body.Statements[statement]).OfType<BoundVariable>().Select(v => v.Variable).ToList();
        var variable = Assert.Single(variables, v => v.Name == name);
        Assert.Equal(storage, variable.Storage);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
    }

    [Fact]
    public void Var_external_binds_to_the_global_itself()
    {
        var compilation = BindingTestHelpers.Compile(Motor);
        var body = compilation.GetBoundBody(compilation.Pou("FB_Motor"))!;

        var assignment = Assert.IsType<BoundAssignment>(body.Statements[3]);
        var target = Assert.IsType<BoundVariable>(assignment.Target);
        Assert.Same(compilation.Global.FindVariable("gxHorn"), target.Variable);
        Assert.Equal("%QX0.7", target.Variable.Address);
    }

    [Fact]
    public void Constant_globals_fold_their_initial_value()
    {
        var compilation = BindingTestHelpers.Compile(Motor);

        var max = compilation.Global.FindVariable("GNMAXSPEED")!;
        Assert.True(max.IsConstant);
        Assert.Equal("INT#1500", max.InitialValue!.ToString());
        Assert.Equal("INT", max.Type.Name);
    }

    [Fact]
    public void Fb_call_binds_inputs_to_the_block_members()
    {
        var compilation = BindingTestHelpers.Compile(Motor);
        var body = compilation.GetBoundBody(compilation.Pou("FB_Motor"))!;

        var call = Assert.IsType<BoundFbCall>(body.Statements[1]);
        Assert.Equal("TON", call.BlockType.Name);
        Assert.Null(call.Block);
        Assert.Equal(["IN", "PT"], call.Arguments.Select(a => a.ParameterName));
        Assert.All(call.Arguments, a => Assert.Equal(ArgumentDirection.Input, a.Direction));
        Assert.Equal("TIME", call.Arguments[1].Value.Type.Name);
    }

    [Fact]
    public void Timer_output_is_a_member_with_output_storage()
    {
        var compilation = BindingTestHelpers.Compile(Motor);
        var body = compilation.GetBoundBody(compilation.Pou("FB_Motor"))!;

        var assignment = Assert.IsType<BoundAssignment>(body.Statements[2]);
        var member = Assert.IsType<BoundMember>(assignment.Value);
        Assert.Equal("Q", member.Member.Name);
        Assert.Equal(VariableStorage.Output, member.Member.Storage);
        Assert.Equal("tonFeedback", Assert.IsType<BoundVariable>(member.Instance).Variable.Name);
    }

    [Fact]
    public void Same_member_of_a_standard_block_is_one_symbol_everywhere()
    {
        var (compilation, body) = BindingTestHelpers.BindProgram("t1, t2 : TON;\nx, y : BOOL;", "x := t1.Q;\ny := t2.Q;");

        var first = Assert.IsType<BoundMember>(((BoundAssignment)body.Statements[0]).Value).Member;
        var second = Assert.IsType<BoundMember>(((BoundAssignment)body.Statements[1]).Value).Member;
        Assert.Same(first, second);
        Assert.Same(first, compilation.Members.FindMember(StandardFunctionBlocks.TON, "q"));
    }

    [Fact]
    public void In_out_argument_is_passed_by_reference()
    {
        var compilation = BindingTestHelpers.Compile(Motor + """

            PROGRAM PRG_Line
            VAR
                fbConveyor : FB_Motor;
                nFaults : INT;
                xRun : BOOL;
            END_VAR
            fbConveyor(xStart := TRUE, nFaults := nFaults, xRunning => xRun);
            END_PROGRAM
            """);
        var body = compilation.GetBoundBody(compilation.Pou("PRG_Line"))!;

        var call = Assert.IsType<BoundFbCall>(body.Statements[0]);
        Assert.Same(compilation.Pou("FB_Motor"), call.Block);
        Assert.Equal([ArgumentDirection.Input, ArgumentDirection.InOut, ArgumentDirection.Output], call.Arguments.Select(a => a.Direction));
        Assert.Same(compilation.Pou("FB_Motor").FindVariable("xRunning"), call.Arguments[2].Parameter);
    }

    private const string Oop = """
        FUNCTION_BLOCK FB_Axis
        VAR_INPUT
            xEnable : BOOL;
        END_VAR
        VAR
            rVelocity : REAL;
        END_VAR

        METHOD Home : BOOL
        VAR_INPUT
            rSpeed : REAL;
        END_VAR
        rVelocity := rSpeed;
        Home := xEnable;
        END_METHOD

        PROPERTY Velocity : REAL
        GET
            Velocity := rVelocity;
        END_GET
        SET
            rVelocity := Velocity;
        END_SET
        END_PROPERTY

        ACTION Stop:
            rVelocity := 0.0;
        END_ACTION
        END_FUNCTION_BLOCK

        FUNCTION_BLOCK FB_Conveyor EXTENDS FB_Axis
        VAR
            xHomed : BOOL;
        END_VAR
        xHomed := Home(rSpeed := 10.0);
        IF NOT xEnable THEN
            Stop();
        END_IF
        END_FUNCTION_BLOCK

        PROGRAM PRG_Main
        VAR
            fbConveyor : FB_Conveyor;
            rSpeed : REAL;
            xOk : BOOL;
        END_VAR
        xOk := fbConveyor.Home(25.0);
        fbConveyor.Velocity := 12.5;
        rSpeed := fbConveyor.Velocity;
        fbConveyor.Stop();
        END_PROGRAM
        """;

    [Fact]
    public void Inherited_method_resolves_through_extends()
    {
        var compilation = BindingTestHelpers.Compile(Oop);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var body = compilation.GetBoundBody(compilation.Pou("FB_Conveyor"))!;

        var call = Assert.IsType<BoundCall>(((BoundAssignment)body.Statements[0]).Value);
        var method = Assert.IsType<PouSymbol>(call.Callee);
        Assert.Equal(PouKind.Method, method.Kind);
        Assert.Same(compilation.Pou("FB_Axis"), method.Parent);
        Assert.Equal("BOOL", call.Type.Name);
    }

    [Fact]
    public void Base_variables_are_visible_in_the_derived_block()
    {
        var compilation = BindingTestHelpers.Compile(Oop);
        var body = compilation.GetBoundBody(compilation.Pou("FB_Conveyor"))!;

        var ifStatement = Assert.IsType<BoundIf>(body.Statements[1]);
        var variable = Walk(ifStatement).OfType<BoundVariable>().Single();
        Assert.Same(compilation.Pou("FB_Axis"), variable.Variable.Owner);
        Assert.Equal(PouKind.Action, Assert.IsType<PouSymbol>(Walk(ifStatement).OfType<BoundCall>().Single().Callee).Kind);
    }

    [Fact]
    public void Method_called_on_an_instance_carries_the_instance()
    {
        var compilation = BindingTestHelpers.Compile(Oop);
        var body = compilation.GetBoundBody(compilation.Pou("PRG_Main"))!;

        var call = Assert.IsType<BoundCall>(((BoundAssignment)body.Statements[0]).Value);
        Assert.Equal("fbConveyor", Assert.IsType<BoundVariable>(call.Instance).Variable.Name);
        Assert.Equal("rSpeed", Assert.Single(call.Arguments).ParameterName);
        Assert.Equal("REAL", call.Arguments[0].Value.Type.Name);
    }

    [Fact]
    public void Property_reads_and_writes_resolve_to_the_property()
    {
        var compilation = BindingTestHelpers.Compile(Oop);
        var body = compilation.GetBoundBody(compilation.Pou("PRG_Main"))!;

        var write = Assert.IsType<BoundPropertyAccess>(((BoundAssignment)body.Statements[1]).Target);
        var read = Assert.IsType<BoundPropertyAccess>(((BoundAssignment)body.Statements[2]).Value);
        Assert.Same(write.Property, read.Property);
        Assert.Equal(PouKind.Property, read.Property.Kind);
        Assert.Equal("REAL", read.Type.Name);
    }

    [Fact]
    public void Method_and_accessor_bodies_are_bound()
    {
        var compilation = BindingTestHelpers.Compile(Oop);
        var axis = compilation.Pou("FB_Axis");

        var home = axis.FindMember("Home")!;
        var homeBody = compilation.GetBoundBody(home)!;
        Assert.Equal(2, homeBody.Statements.Count);
        var result = Assert.IsType<BoundVariable>(((BoundAssignment)homeBody.Statements[1]).Target);
        Assert.Equal(VariableStorage.Result, result.Variable.Storage);

        var getter = axis.FindMember("Velocity")!.Members.Single(m => m.Name == "GET");
        Assert.Single(compilation.GetBoundBody(getter)!.Statements);
    }

    [Fact]
    public void Function_block_type_lists_methods_properties_and_base()
    {
        var compilation = BindingTestHelpers.Compile(Oop);

        var conveyor = Assert.IsType<FunctionBlockType>(compilation.Pou("FB_Conveyor").InstanceType);
        Assert.Equal("FB_Axis", conveyor.BaseType!.Name);
        Assert.NotNull(conveyor.FindMethod("Home"));
        Assert.NotNull(conveyor.FindProperty("Velocity"));
        Assert.Equal(VariableKind.Input, conveyor.FindMember("xEnable")!.Kind);
    }

    [Fact]
    public void Unqualified_enum_value_resolves_when_unique()
    {
        var (compilation, body) = BindingTestHelpers.BindProgram("eState : E_Pump;", "eState := Priming;",
            "TYPE E_Pump : (Stopped, Priming, Pumping) INT;\nEND_TYPE\nTYPE E_Valve : (Closed, Open) INT;\nEND_TYPE");

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var value = Assert.IsType<BoundEnumValue>(((BoundAssignment)body.Statements[0]).Value);
        Assert.Equal(1, value.Member.Member.Value);
    }

    [Fact]
    public void Ambiguous_unqualified_enum_value_must_be_qualified()
    {
        var codes = BindingTestHelpers.Codes("""
            TYPE E_Pump : (Off, Running) INT;
            END_TYPE
            TYPE E_Fan : (Off, Running) INT;
            END_TYPE
            PROGRAM P
            VAR
                ePump : E_Pump;
            END_VAR
            ePump := Running;
            ePump := E_Pump.Running;
            END_PROGRAM
            """);

        Assert.Equal(["ST1001"], codes.Where(c => c.StartsWith("ST1", StringComparison.Ordinal)));
    }

    [Fact]
    public void Names_are_case_insensitive()
    {
        var (compilation, _) = BindingTestHelpers.BindProgram("xMotorRun : BOOL;\ntonDelay : ton;", "TONDELAY(in := TRUE, pt := t#1s);\nXMOTORRUN := tondelay.q;");

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
    }

    [Fact]
    public void Forward_references_across_files_resolve()
    {
        var compilation = BindingTestHelpers.Compile(
            ("PRG_Main.st", "PROGRAM PRG_Main\nVAR\n    fbStation : FB_Station;\n    eMode : E_Mode;\nEND_VAR\nfbStation(eMode := eMode);\nEND_PROGRAM\n"),
            ("FB_Station.st", "FUNCTION_BLOCK FB_Station\nVAR_INPUT\n    eMode : E_Mode;\nEND_VAR\nEND_FUNCTION_BLOCK\n"),
            ("Types.st", "TYPE E_Mode : (Manual, Auto) INT;\nEND_TYPE\n"));

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        Assert.Equal("E_Mode", compilation.Pou("PRG_Main").FindVariable("eMode")!.Type.Name);
    }

    [Fact]
    public void Scl_local_names_and_data_block_members_resolve()
    {
        var compilation = BindingTestHelpers.Compile(
            ("Safety_DB.scl", "DATA_BLOCK \"Safety_DB\"\n   VAR\n      EStop : Bool;\n      SafetyOk : Bool;\n   END_VAR\nBEGIN\nEND_DATA_BLOCK\n"),
            ("FB_Gate.scl", "FUNCTION_BLOCK \"FB_Gate\"\n   VAR_INPUT\n      Open : Bool;\n   END_VAR\n   VAR_OUTPUT\n      Lamp : Bool;\n   END_VAR\nBEGIN\n    #Lamp := #Open AND \"Safety_DB\".SafetyOk;\nEND_FUNCTION_BLOCK\n"));

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var body = compilation.GetBoundBody(compilation.Pou("FB_Gate"))!;
        var member = Walk(body.Statements[0]).OfType<BoundMember>().Single();
        Assert.Equal("SafetyOk", member.Member.Name);
        Assert.Same(compilation.Global.FindVariable("Safety_DB"), Assert.IsType<BoundVariable>(member.Instance).Variable);
    }

    [Fact]
    public void Scl_local_name_does_not_see_globals()
    {
        var codes = BindingTestHelpers.Compile(
            ("Gvl.st", "VAR_GLOBAL\n    Horn : BOOL;\nEND_VAR\n"),
            ("FB_X.scl", "FUNCTION_BLOCK \"FB_X\"\nBEGIN\n    #Horn := TRUE;\nEND_FUNCTION_BLOCK\n")).GetDiagnostics().Select(d => d.Code);

        Assert.Contains("ST1001", codes);
    }

    [Fact]
    public void Global_list_variables_resolve_qualified_by_the_file_name()
    {
        var compilation = BindingTestHelpers.Compile(
            ("GVL_IO.st", "{attribute 'qualified_only'}\nVAR_GLOBAL\n    bStartBtn AT %I* : BOOL;\n    bMotor AT %Q* : BOOL;\nEND_VAR\n"),
            ("MAIN.st", "PROGRAM MAIN\nGVL_IO.bMotor := GVL_IO.bStartBtn;\nGVL_IO.bHorn := TRUE;\nEND_PROGRAM\n"));

        var body = compilation.GetBoundBody(compilation.Pou("MAIN"))!;
        var assignment = Assert.IsType<BoundAssignment>(body.Statements[0]);
        Assert.Same(compilation.Global.FindVariable("bMotor"), Assert.IsType<BoundVariable>(assignment.Target).Variable);
        var error = Assert.Single(compilation.GetDiagnostics(), d => d.IsError);
        Assert.Equal("ST1002", error.Code);
        Assert.Contains("bHorn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Program_variables_are_readable_from_outside()
    {
        var compilation = BindingTestHelpers.Compile("""
            PROGRAM PRG_Conveyor
            VAR_OUTPUT
                xRunning : BOOL;
            END_VAR
            xRunning := TRUE;
            END_PROGRAM
            PROGRAM PRG_Hmi
            VAR
                xLamp : BOOL;
            END_VAR
            xLamp := PRG_Conveyor.xRunning;
            END_PROGRAM
            """);

        var body = compilation.GetBoundBody(compilation.Pou("PRG_Hmi"))!;
        var member = Assert.IsType<BoundMember>(((BoundAssignment)body.Statements[0]).Value);
        Assert.Same(compilation.Pou("PRG_Conveyor").FindVariable("xRunning"), member.Member);
        Assert.IsType<BoundPouReference>(member.Instance);
    }

    /// <summary>All bound nodes below a statement, depth first.</summary>
    internal static IEnumerable<BoundNode> Walk(BoundNode node)
    {
        yield return node;
        IEnumerable<BoundNode> children = node switch
        {
            BoundAssignment a => [a.Target, a.Value],
            BoundSetReset s => [s.Target, s.Value],
            BoundIf i => [.. i.Branches, .. i.Else ?? []],
            BoundConditionalBranch b => [b.Condition, .. b.Statements],
            BoundCase c => [c.Selector, .. c.Elements, .. c.Else ?? []],
            BoundCaseElement e => [.. e.Labels, .. e.Statements],
            BoundFor f => [f.Variable, f.Start, f.End, .. f.Step is null ? [] : new[] { f.Step }, .. f.Statements],
            BoundWhile w => [w.Condition, .. w.Statements],
            BoundRepeat r => [.. r.Statements, r.Condition],
            BoundCallStatement cs => [cs.Call],
            BoundFbCall fb => [fb.Instance, .. fb.Arguments.Select(a => a.Value)],
            BoundCall call => [.. call.Instance is null ? [] : new[] { call.Instance }, .. call.Arguments.Select(a => a.Value)],
            BoundBinary bin => [bin.Left, bin.Right],
            BoundUnary u => [u.Operand],
            BoundMember m => [m.Instance],
            BoundIndex ix => [ix.Array, .. ix.Indices],
            BoundConversion conv => [conv.Operand],
            BoundDeref d => [d.Pointer],
            BoundBitAccess bit => [bit.Value],
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }
}
