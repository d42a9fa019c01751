using PlcFleet.Simulation.Tests.Compilation;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.StandardFunctions;

/// <summary>LEFT, RIGHT, MID, INSERT, DELETE, REPLACE, FIND on STRING and WSTRING, with CODESYS's clamping at the edges.</summary>
public sealed class StringFunctionTests
{
    [Theory]
    [InlineData("LEFT('ALARM_E_STOP', 5)", "ALARM")]
    [InlineData("LEFT('ALARM', 0)", "")]
    [InlineData("LEFT('ALARM', -3)", "")]
    [InlineData("LEFT('ALARM', 40)", "ALARM")]
    [InlineData("LEFT('', 4)", "")]
    public void Left_takes_the_first_characters(string call, string expected) => Assert.Equal(expected, FunctionProbe.Text(call));

    [Theory]
    [InlineData("RIGHT('GUARD_DOOR_07', 2)", "07")]
    [InlineData("RIGHT('GUARD', 0)", "")]
    [InlineData("RIGHT('GUARD', 99)", "GUARD")]
    [InlineData("RIGHT('', 1)", "")]
    public void Right_takes_the_last_characters(string call, string expected) => Assert.Equal(expected, FunctionProbe.Text(call));

    [Theory]
    [InlineData("MID('CONVEYOR', 3, 4)", "VEY")]
    [InlineData("MID('CONVEYOR', 3, 1)", "CON")]
    [InlineData("MID('CONVEYOR', 50, 7)", "OR")]
    [InlineData("MID('CONVEYOR', 2, 0)", "")]
    [InlineData("MID('CONVEYOR', 2, 9)", "")]
    [InlineData("MID('CONVEYOR', 0, 2)", "")]
    [InlineData("MID(IN := 'CONVEYOR', P := 5, L := 3)", "EYO")]
    public void Mid_counts_the_position_from_one(string call, string expected) => Assert.Equal(expected, FunctionProbe.Text(call));

    [Theory]
    [InlineData("INSERT('SUSI', 'XY', 2)", "SUXYSI")]
    [InlineData("INSERT('SUSI', 'XY', 0)", "XYSUSI")]
    [InlineData("INSERT('SUSI', 'XY', -5)", "XYSUSI")]
    [InlineData("INSERT('SUSI', 'XY', 4)", "SUSIXY")]
    [InlineData("INSERT('SUSI', 'XY', 30)", "SUSIXY")]
    [InlineData("INSERT('', 'XY', 1)", "XY")]
    public void Insert_puts_the_second_string_after_position_p(string call, string expected) => Assert.Equal(expected, FunctionProbe.Text(call));

    [Theory]
    [InlineData("DELETE('SUXYSI', 2, 3)", "SUSI")]
    [InlineData("DELETE('SUXYSI', 50, 5)", "SUXY")]
    [InlineData("DELETE('SUXYSI', 2, 0)", "SUXYSI")]
    [InlineData("DELETE('SUXYSI', 2, 7)", "SUXYSI")]
    [InlineData("DELETE('SUXYSI', 0, 2)", "SUXYSI")]
    [InlineData("DELETE('', 3, 1)", "")]
    public void Delete_removes_l_characters_from_position_p(string call, string expected) => Assert.Equal(expected, FunctionProbe.Text(call));

    [Theory]
    [InlineData("REPLACE('SUXYSI', 'K', 2, 2)", "SKYSI")]
    [InlineData("REPLACE('SUXYSI', 'K', 0, 3)", "SUKXYSI")]
    [InlineData("REPLACE('SUXYSI', 'K', 40, 5)", "SUXYK")]
    [InlineData("REPLACE('SUXYSI', 'K', 2, 0)", "KXYSI")]
    [InlineData("REPLACE('SUXYSI', 'END', 1, 10)", "SUXYSIEND")]
    [InlineData("REPLACE('', 'K', 1, 1)", "K")]
    public void Replace_swaps_l_characters_at_position_p(string call, string expected) => Assert.Equal(expected, FunctionProbe.Text(call));

    [Theory]
    [InlineData("FIND('RECIPE:PVC_40', ':')", 7)]
    [InlineData("FIND('RECIPE:PVC_40', 'PVC')", 8)]
    [InlineData("FIND('RECIPE', 'R')", 1)]
    [InlineData("FIND('RECIPE', 'XYZ')", 0)]
    [InlineData("FIND('RECIPE', '')", 0)]
    [InlineData("FIND('', 'A')", 0)]
    [InlineData("FIND('AB', 'ABC')", 0)]
    public void Find_gives_the_one_based_position_or_zero(string call, long expected) => Assert.Equal(expected, FunctionProbe.Evaluate("INT", call).AsInteger);

    [Fact]
    public void Wide_strings_use_the_same_functions()
    {
        Assert.Equal("Tür 3", FunctionProbe.Evaluate("WSTRING(40)", """CONCAT(LEFT("Tür offen", 3), MID("Tor 3", 2, 4))""").AsString);
        Assert.Equal(2, FunctionProbe.Evaluate("INT", """FIND("Tür", "ü")""").AsInteger);
    }

    [Fact]
    public void A_recipe_name_is_parsed_with_find_and_mid()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Recipe
            VAR_INPUT sRecipe : STRING(40); END_VAR
            VAR_OUTPUT sMaterial : STRING(20); nTempC : INT; bValid : BOOL; END_VAR
            VAR nColon : INT; nUnderscore : INT; END_VAR
            nColon := FIND(sRecipe, ':');
            nUnderscore := FIND(sRecipe, '_');
            bValid := nColon > 0 AND nUnderscore > nColon;
            IF bValid THEN
                sMaterial := MID(sRecipe, nUnderscore - nColon - 1, nColon + 1);
                nTempC := STRING_TO_INT(RIGHT(sRecipe, LEN(sRecipe) - nUnderscore));
            ELSE
                sMaterial := '';
                nTempC := 0;
            END_IF;
            END_PROGRAM
            """));

        plc.Plc.Set("sRecipe", PlcValue.FromString("EXTRUDER:PVC_185"));
        plc.Scan();
        Assert.Equal(("PVC", 185L, true), (plc.Plc.Get("sMaterial").AsString, plc.Integer("nTempC"), plc.Bool("bValid")));

        plc.Plc.Set("sRecipe", PlcValue.FromString("NO RECIPE"));
        plc.Scan();
        Assert.Equal(("", 0L, false), (plc.Plc.Get("sMaterial").AsString, plc.Integer("nTempC"), plc.Bool("bValid")));
    }

    [Fact]
    public void A_batch_code_is_built_with_concat_insert_and_replace()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Batch
            VAR_INPUT nLine : INT := 3; nBatch : INT := 42; END_VAR
            VAR_OUTPUT sCode : STRING(40); sAlarm : STRING(40); END_VAR
            sCode := CONCAT('L', INT_TO_STRING(nLine), '-', INT_TO_STRING(nBatch));
            sCode := INSERT(sCode, 'B', 3);
            sCode := REPLACE(sCode, 'LINE', 1, 1);
            sAlarm := CONCAT(LEFT('E-STOP PRESSED AT STATION', 6), ' ', RIGHT(sCode, 3));
            sAlarm := DELETE(sAlarm, 1, 2);
            END_PROGRAM
            """));

        plc.Scan();
        Assert.Equal("LINE3-B42", plc.Plc.Get("sCode").AsString);
        Assert.Equal("ESTOP B42", plc.Plc.Get("sAlarm").AsString);
    }
}
