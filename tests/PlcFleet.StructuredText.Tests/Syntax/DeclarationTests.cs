using PlcFleet.StructuredText.Syntax;
using static PlcFleet.StructuredText.Tests.Syntax.SyntaxTestHelpers;

namespace PlcFleet.StructuredText.Tests.Syntax;

public sealed class DeclarationTests
{
    private static T Single<T>(string source, Dialect dialect = Dialect.Codesys)
        where T : DeclarationSyntax
    {
        var tree = Parse(source, dialect);
        Assert.Empty(tree.Diagnostics);
        AssertRoundTrips(tree);
        return Assert.IsType<T>(Assert.Single(tree.Root.Declarations));
    }

    private static VariableDeclarationSyntax Variable(string declaration) =>
        Single<ProgramDeclarationSyntax>($"PROGRAM P\nVAR\n    {declaration}\nEND_VAR\nEND_PROGRAM").VarBlocks[0].Declarations[0];

    [Fact]
    public void Function_block_header_reads_modifiers_base_and_interfaces()
    {
        var fb = Single<FunctionBlockDeclarationSyntax>(
            "FUNCTION_BLOCK PUBLIC ABSTRACT FB_Pump EXTENDS FB_Drive IMPLEMENTS I_Startable, I_Diagnosable\nEND_FUNCTION_BLOCK");
        Assert.Equal(["PUBLIC", "ABSTRACT"], fb.Modifiers.Select(token => token.Text));
        Assert.Equal("FB_Pump", fb.Name.Text);
        Assert.Equal("FB_Drive", Assert.Single(fb.Extends!.BaseTypes).Text);
        Assert.Equal(["I_Startable", "I_Diagnosable"], fb.Implements!.Interfaces.Select(token => token.Text));
    }

    [Fact]
    public void Function_has_return_type_and_var_blocks()
    {
        var function = Single<FunctionDeclarationSyntax>("FUNCTION FC_Scale : REAL\nVAR_INPUT\n  nRaw : INT;\nEND_VAR\nFC_Scale := INT_TO_REAL(nRaw) / 27648.0;\nEND_FUNCTION");
        Assert.Equal("REAL", function.ReturnType!.Type.ToString());
        Assert.Equal(SyntaxKind.VarInputKeyword, function.VarBlocks[0].Keyword.Kind);
        Assert.Single(function.Statements);
    }

    [Theory]
    [InlineData("VAR", SyntaxKind.VarKeyword)]
    [InlineData("VAR_INPUT", SyntaxKind.VarInputKeyword)]
    [InlineData("VAR_OUTPUT", SyntaxKind.VarOutputKeyword)]
    [InlineData("VAR_IN_OUT", SyntaxKind.VarInOutKeyword)]
    [InlineData("VAR_GLOBAL", SyntaxKind.VarGlobalKeyword)]
    [InlineData("VAR_EXTERNAL", SyntaxKind.VarExternalKeyword)]
    [InlineData("VAR_TEMP", SyntaxKind.VarTempKeyword)]
    [InlineData("VAR_STAT", SyntaxKind.VarStatKeyword)]
    [InlineData("VAR_INST", SyntaxKind.VarInstKeyword)]
    [InlineData("VAR_CONFIG", SyntaxKind.VarConfigKeyword)]
    public void Every_var_block_kind_is_read(string keyword, SyntaxKind kind)
    {
        var program = Single<ProgramDeclarationSyntax>($"PROGRAM P\n{keyword}\n  x : BOOL;\nEND_VAR\nEND_PROGRAM");
        Assert.Equal(kind, program.VarBlocks[0].Keyword.Kind);
    }

    [Theory]
    [InlineData("VAR CONSTANT", "CONSTANT")]
    [InlineData("VAR RETAIN", "RETAIN")]
    [InlineData("VAR PERSISTENT", "PERSISTENT")]
    [InlineData("VAR_GLOBAL RETAIN PERSISTENT", "RETAIN PERSISTENT")]
    [InlineData("VAR NON_RETAIN", "NON_RETAIN")]
    public void Var_block_qualifiers_are_kept(string header, string qualifiers)
    {
        var program = Single<ProgramDeclarationSyntax>($"PROGRAM P\n{header}\n  x : BOOL;\nEND_VAR\nEND_PROGRAM");
        Assert.Equal(qualifiers, string.Join(" ", program.VarBlocks[0].Qualifiers.Select(token => token.Text)));
    }

    [Theory]
    [InlineData("x : BOOL;", "NamedType")]
    [InlineData("s : STRING;", "StringType")]
    [InlineData("s : STRING(80);", "StringType")]
    [InlineData("s : STRING[80];", "StringType")]
    [InlineData("w : WSTRING(20);", "StringType")]
    [InlineData("a : ARRAY[1..10] OF INT;", "ArrayType")]
    [InlineData("a : ARRAY[1..10, 0..3] OF REAL;", "ArrayType")]
    [InlineData("a : ARRAY[0..MAX_STATIONS - 1] OF FB_Station;", "ArrayType")]
    [InlineData("p : POINTER TO INT;", "PointerType")]
    [InlineData("r : REFERENCE TO FB_Drive;", "ReferenceType")]
    [InlineData("n : INT(0..100);", "SubrangeType")]
    [InlineData("n : DINT(-1000..1000);", "SubrangeType")]
    [InlineData("e : (Red, Green, Blue);", "EnumType")]
    [InlineData("aa : ARRAY[1..2] OF ARRAY[1..3] OF BOOL;", "ArrayType")]
    [InlineData("pp : POINTER TO ARRAY[1..3] OF STRING(10);", "PointerType")]
    public void Variable_types_parse_to_the_expected_node(string declaration, string kind) =>
        Assert.Equal(kind, Variable(declaration).Type.Kind.ToString());

    [Fact]
    public void Several_names_share_one_declaration()
    {
        var declaration = Variable("xStart, xStop, xReset : BOOL := FALSE;");
        Assert.Equal(["xStart", "xStop", "xReset"], declaration.Names.Select(name => name.Text));
        Assert.Equal("FALSE", declaration.Initializer!.Value.ToString());
    }

    [Fact]
    public void At_binding_keeps_the_address()
    {
        var declaration = Variable("xEStop AT %IX0.2 : BOOL;");
        Assert.Equal("%IX0.2", declaration.At!.Address.Text);
    }

    [Fact]
    public void Function_block_instance_initializer_is_a_structure_initializer()
    {
        var initializer = Assert.IsType<StructInitializerSyntax>(Variable("tmrDebounce : TON := (PT := T#50MS);").Initializer!.Value);
        var member = Assert.Single(initializer.Members);
        Assert.Equal("PT", member.Name.Text);
        Assert.Equal("T#50MS", member.Value.ToString());
    }

    [Fact]
    public void Nested_structure_initializer()
    {
        var initializer = Assert.IsType<StructInitializerSyntax>(Variable("stAxis : ST_Axis := (stLimits := (rMin := -10.0, rMax := 10.0), sName := 'X');").Initializer!.Value);
        Assert.Equal(2, initializer.Members.Count);
        Assert.IsType<StructInitializerSyntax>(initializer.Members[0].Value);
    }

    [Fact]
    public void Array_initializer_with_repetition()
    {
        var initializer = Assert.IsType<ArrayInitializerSyntax>(Variable("aLimits : ARRAY[1..10] OF INT := [1, 2, 3(0), 5(-1)];").Initializer!.Value);
        Assert.Equal(4, initializer.Elements.Count);
        var repeated = Assert.IsType<RepeatedInitializerSyntax>(initializer.Elements[2]);
        Assert.Equal("3", repeated.Count.Text);
        Assert.Equal("0", repeated.Value!.ToString());
    }

    [Fact]
    public void Array_of_structures_initializer()
    {
        var initializer = Assert.IsType<ArrayInitializerSyntax>(Variable("aPts : ARRAY[1..2] OF ST_Point := [(x := 1, y := 2), (x := 3, y := 4)];").Initializer!.Value);
        Assert.All(initializer.Elements, element => Assert.IsType<StructInitializerSyntax>(element));
    }

    [Fact]
    public void Variable_length_array_for_in_out()
    {
        var type = Assert.IsType<ArrayTypeSyntax>(Single<FunctionDeclarationSyntax>("FUNCTION F : INT\nVAR_IN_OUT\n  a : ARRAY[*, *] OF REAL;\nEND_VAR\nEND_FUNCTION").VarBlocks[0].Declarations[0].Type);
        Assert.All(type.Dimensions, dimension => Assert.NotNull(dimension.Star));
        Assert.Equal(2, type.Dimensions.Count);
    }

    [Fact]
    public void Enumeration_with_values_and_base_type()
    {
        var type = Single<TypeDeclarationSyntax>("TYPE E_Mode : (Manual := 0, Auto := 1, Service := 10) UINT := Manual;\nEND_TYPE");
        var definition = Assert.Single(type.Definitions);
        var enumType = Assert.IsType<EnumTypeSyntax>(definition.Type);
        Assert.Equal(["Manual", "Auto", "Service"], enumType.Values.Select(value => value.Name.Text));
        Assert.Equal("10", enumType.Values[2].Initializer!.Value.ToString());
        Assert.Equal("UINT", enumType.BaseType!.ToString());
        Assert.Equal("Manual", definition.Initializer!.Value.ToString());
    }

    [Fact]
    public void Structure_with_extends()
    {
        var type = Single<TypeDeclarationSyntax>("TYPE ST_Pump EXTENDS ST_Motor :\nSTRUCT\n  rFlow : REAL;\n  xDryRun : BOOL;\nEND_STRUCT\nEND_TYPE");
        var definition = Assert.Single(type.Definitions);
        Assert.Equal("ST_Motor", definition.Extends!.BaseTypes[0].Text);
        Assert.Equal(2, Assert.IsType<StructTypeSyntax>(definition.Type).Members.Count);
    }

    [Fact]
    public void Several_types_in_one_type_block()
    {
        var type = Single<TypeDeclarationSyntax>("TYPE\n  T_Percent : INT(0..100);\n  T_Name : STRING(40);\n  T_Ref : REFERENCE TO INT;\nEND_TYPE");
        Assert.Equal(3, type.Definitions.Count);
    }

    [Fact]
    public void Union_type()
    {
        var type = Single<TypeDeclarationSyntax>("TYPE U_Data :\nUNION\n  dw : DWORD;\n  r : REAL;\nEND_UNION\nEND_TYPE");
        Assert.IsType<UnionTypeSyntax>(type.Definitions[0].Type);
    }

    [Fact]
    public void Global_variable_list_keeps_qualified_only_pragma()
    {
        var gvl = Single<GlobalVariableListSyntax>("{attribute 'qualified_only'}\nVAR_GLOBAL\n  gxRun : BOOL;\nEND_VAR\n");
        var pragma = Assert.Single(gvl.Pragmas);
        Assert.True(pragma.IsAttribute);
        Assert.Equal("qualified_only", pragma.Name);
    }

    [Fact]
    public void Attribute_pragmas_stay_with_the_following_declaration()
    {
        var program = Single<ProgramDeclarationSyntax>(
            "PROGRAM P\nVAR\n  xNormal : BOOL;\n  {attribute 'safety'}\n  {attribute 'monitoring' := 'call'}\n  xEStop : BOOL;\nEND_VAR\nEND_PROGRAM");
        var declarations = program.VarBlocks[0].Declarations;
        Assert.Empty(declarations[0].Pragmas);
        Assert.Equal(["safety", "monitoring"], declarations[1].Pragmas.Select(pragma => pragma.Name));
        Assert.Equal("call", declarations[1].Pragmas[1].Value);
    }

    [Fact]
    public void Pragma_before_a_pou_is_its_pragma()
    {
        var fb = Single<FunctionBlockDeclarationSyntax>("(* header *)\n{attribute 'safety'}\nFUNCTION_BLOCK FB_EStop\nEND_FUNCTION_BLOCK");
        Assert.Equal("safety", Assert.Single(fb.Pragmas).Name);
    }

    [Fact]
    public void Non_attribute_pragma_keeps_its_content()
    {
        var program = Single<ProgramDeclarationSyntax>("{warning 'check this'}\nPROGRAM P\nEND_PROGRAM");
        var pragma = Assert.Single(program.Pragmas);
        Assert.False(pragma.IsAttribute);
        Assert.Equal("warning 'check this'", pragma.Content);
    }

    [Fact]
    public void Methods_and_properties_are_members_of_the_function_block()
    {
        var fb = Single<FunctionBlockDeclarationSyntax>("""
            FUNCTION_BLOCK FB_Axis
            VAR
                rPos : LREAL;
            END_VAR
            METHOD PUBLIC MoveTo : BOOL
            VAR_INPUT
                rTarget : LREAL;
            END_VAR
                rPos := rTarget;
                MoveTo := TRUE;
            END_METHOD
            METHOD PRIVATE Clamp
            END_METHOD
            PROPERTY Position : LREAL
            GET
                Position := rPos;
            END_GET
            SET
                rPos := Position;
            END_SET
            END_PROPERTY
            ACTION Home:
                rPos := 0;
            END_ACTION
            rPos := rPos;
            END_FUNCTION_BLOCK
            """);
        Assert.Equal([SyntaxKind.MethodDeclaration, SyntaxKind.MethodDeclaration, SyntaxKind.PropertyDeclaration, SyntaxKind.ActionDeclaration],
            fb.Members.Select(member => member.Kind));
        var method = (MethodDeclarationSyntax)fb.Members[0];
        Assert.Equal("MoveTo", method.Name.Text);
        Assert.Equal("PUBLIC", method.Modifiers[0].Text);
        Assert.Equal(2, method.Statements.Count);
        var property = (PropertyDeclarationSyntax)fb.Members[2];
        Assert.Equal(["GET", "SET"], property.Accessors.Select(accessor => accessor.Keyword.Text));
        Assert.Single(fb.Statements);
    }

    [Fact]
    public void Interface_with_method_and_property_prototypes()
    {
        var itf = Single<InterfaceDeclarationSyntax>("INTERFACE I_Valve EXTENDS I_Device, I_Named\nMETHOD Open : BOOL\nEND_METHOD\nPROPERTY IsOpen : BOOL\nEND_PROPERTY\nEND_INTERFACE");
        Assert.Equal(2, itf.Extends!.BaseTypes.Count);
        Assert.Equal(2, itf.Members.Count);
    }

    [Fact]
    public void Top_level_method_and_action_as_exported_by_TwinCAT()
    {
        var tree = Parse("FUNCTION_BLOCK FB_A\nEND_FUNCTION_BLOCK\nMETHOD M : INT\nM := 1;\nEND_METHOD\nACTION A:\nEND_ACTION\n");
        Assert.Empty(tree.Diagnostics);
        Assert.Equal([SyntaxKind.FunctionBlockDeclaration, SyntaxKind.MethodDeclaration, SyntaxKind.ActionDeclaration],
            tree.Root.Declarations.Select(declaration => declaration.Kind));
    }

    [Fact]
    public void Configuration_tells_which_program_runs_in_which_task()
    {
        var configuration = Single<ConfigurationDeclarationSyntax>("""
            CONFIGURATION Cell
                RESOURCE Cpu ON PLC
                    TASK Safety(INTERVAL := T#4MS, PRIORITY := 0);
                    TASK Main(INTERVAL := T#20MS, PRIORITY := 5);
                    PROGRAM SafetyInst WITH Safety : PRG_Safety;
                    PROGRAM MainInst WITH Main : PRG_Main;
                END_RESOURCE
            END_CONFIGURATION
            """);
        var resource = Assert.IsType<ResourceDeclarationSyntax>(Assert.Single(configuration.Elements));
        var tasks = resource.Elements.OfType<TaskConfigurationSyntax>().ToList();
        Assert.Equal(["Safety", "Main"], tasks.Select(task => task.Name.Text));
        Assert.Equal("T#4MS", tasks[0].Arguments!.Arguments.Single(argument => argument.Name!.Text == "INTERVAL").Value!.ToString());
        var programs = resource.Elements.OfType<ProgramConfigurationSyntax>().ToList();
        Assert.Equal("Safety", programs[0].TaskName!.Text);
        Assert.Equal("PRG_Main", programs[1].TypeName.Text);
    }

    [Fact]
    public void Program_configuration_without_resource_and_with_arguments()
    {
        var configuration = Single<ConfigurationDeclarationSyntax>("CONFIGURATION C\nTASK T1(INTERVAL := T#10MS);\nPROGRAM RETAIN P1 WITH T1 : PRG_Line(xEnable := TRUE);\nEND_CONFIGURATION");
        var program = configuration.Elements.OfType<ProgramConfigurationSyntax>().Single();
        Assert.Equal("RETAIN", program.Qualifier!.Text);
        Assert.Single(program.Arguments!.Arguments);
    }

    [Fact]
    public void Var_config_binds_instance_paths_to_addresses()
    {
        var configuration = Single<ConfigurationDeclarationSyntax>(
            "CONFIGURATION C\nVAR_CONFIG\n  Line1.fbPump.xRun AT %QX1.0 : BOOL;\n  Line1.nSpeed AT %QW2 : INT;\nEND_VAR\nEND_CONFIGURATION");
        var block = Assert.IsType<VarBlockSyntax>(Assert.Single(configuration.Elements));
        Assert.Equal(["Line1.fbPump.xRun", "Line1.nSpeed"], block.Declarations.Select(declaration => declaration.Names[0].Text));
        Assert.Equal("%QX1.0", block.Declarations[0].At!.Address.Text);
    }

    [Fact]
    public void End_keywords_accept_a_trailing_semicolon()
    {
        var tree = Parse("PROGRAM P\nVAR\n x : INT;\nEND_VAR;\nEND_PROGRAM;\nTYPE T : INT; END_TYPE;");
        Assert.Empty(tree.Diagnostics);
        AssertRoundTrips(tree);
    }
}
