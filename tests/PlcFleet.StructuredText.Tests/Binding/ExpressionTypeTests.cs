using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.StructuredText.Tests.Binding;

/// <summary>The type the binder gives an expression, checked by assigning it to a variable of that exact type.</summary>
public sealed class ExpressionTypeTests
{
    private const string Declarations = """
        nSpeed, nSetpoint : INT;
        dnCount : DINT;
        rLevel : REAL;
        lrPosition : LREAL;
        xRun, xGuard : BOOL;
        wStatus : WORD;
        bMask : BYTE;
        tDelay, tElapsed : TIME;
        sName : STRING;
        tonDelay : TON;
        ctuParts : CTU;
        eState : E_State;
        aLevels : ARRAY[1..8] OF REAL;
        stDrive : ST_Drive;
        usiSmall : USINT;
        """;

    private const string Types = """
        TYPE E_State : (Idle, Starting, Running := 10, Fault := 99) INT;
        END_TYPE
        TYPE ST_Drive :
        STRUCT
            rSetpoint : REAL;
            xEnable : BOOL;
        END_STRUCT
        END_TYPE
        """;

    [Theory]
    [InlineData("nSpeed + dnCount", "DINT")]
    [InlineData("nSpeed + 1", "INT")]
    [InlineData("1 + nSpeed", "INT")]
    [InlineData("nSpeed * nSetpoint", "INT")]
    [InlineData("T#1S * 2", "TIME")]
    [InlineData("tDelay - tElapsed", "TIME")]
    [InlineData("tDelay + T#500MS", "TIME")]
    [InlineData("nSpeed > 5", "BOOL")]
    [InlineData("rLevel <= 80.0", "BOOL")]
    [InlineData("tElapsed >= tDelay", "BOOL")]
    [InlineData("eState = E_State.Running", "BOOL")]
    [InlineData("rLevel * nSpeed", "REAL")]
    [InlineData("lrPosition + rLevel", "LREAL")]
    [InlineData("xRun AND NOT xGuard", "BOOL")]
    [InlineData("xRun OR xGuard XOR xRun", "BOOL")]
    [InlineData("wStatus AND 16#FF", "WORD")]
    [InlineData("wStatus OR bMask", "WORD")]
    [InlineData("LIMIT(0, nSpeed, 100)", "INT")]
    [InlineData("MAX(nSpeed, dnCount)", "DINT")]
    [InlineData("MIN(rLevel, 50.0)", "REAL")]
    [InlineData("ABS(rLevel)", "REAL")]
    [InlineData("INT_TO_REAL(nSpeed)", "REAL")]
    [InlineData("DINT_TO_INT(dnCount)", "INT")]
    [InlineData("SEL(xRun, nSpeed, nSetpoint)", "INT")]
    [InlineData("tonDelay.Q", "BOOL")]
    [InlineData("tonDelay.ET", "TIME")]
    [InlineData("ctuParts.CV", "WORD")] // CODESYS Standard library counters count in WORD
    [InlineData("E_State.Running", "E_State")]
    [InlineData("Running", "E_State")]
    [InlineData("aLevels[3]", "REAL")]
    [InlineData("stDrive.rSetpoint", "REAL")]
    [InlineData("stDrive.xEnable", "BOOL")]
    [InlineData("-nSpeed", "INT")]
    [InlineData("NOT wStatus", "WORD")]
    [InlineData("wStatus.3", "BOOL")]
    [InlineData("nSpeed MOD 10", "INT")]
    [InlineData("(nSpeed + 1) * 2", "INT")]
    [InlineData("usiSmall + nSpeed", "INT")]
    [InlineData("%IX0.1", "BOOL")]
    [InlineData("%IW4", "WORD")]
    [InlineData("SHL(wStatus, 2)", "WORD")]
    public void Expression_has_the_expected_type(string expression, string typeName)
    {
        var (compilation, body) = BindingTestHelpers.BindProgram(Declarations + $"\nxResult : {typeName};", $"xResult := {expression};", Types);

        var errors = compilation.GetDiagnostics().Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var assignment = Assert.IsType<BoundAssignment>(body.Statements[0]);
        Assert.Equal(typeName, BindingTestHelpers.Unwrap(assignment.Value).Type.Name);
    }

    [Theory]
    [InlineData("2 * 60", 120)]
    [InlineData("MAX_SPEED * 2", 3000)]
    [InlineData("(MAX_SPEED - 500) / 2", 500)]
    [InlineData("-(3 + 4)", -7)]
    [InlineData("16#10 + 2#101", 21)]
    public void Constant_expressions_are_folded(string expression, int expected)
    {
        var value = BindingTestHelpers.BindValue("xResult : DINT;", expression, "VAR_GLOBAL CONSTANT\n    MAX_SPEED : DINT := 1500;\nEND_VAR\n");

        var integer = Assert.IsType<IntegerValue>(value.Constant);
        Assert.Equal(expected, (int)integer.Value);
    }

    [Fact]
    public void Enum_values_fold_to_their_declared_value()
    {
        var value = BindingTestHelpers.BindValue("xResult : E_State;", "E_State.Running", Types);

        var enumValue = Assert.IsType<EnumValue>(Assert.IsType<BoundEnumValue>(value).Constant);
        Assert.Equal(10, enumValue.Member.Value);
    }

    [Fact]
    public void Comparison_of_constants_folds_to_a_bool()
    {
        var value = BindingTestHelpers.BindValue("xResult : BOOL;", "3 > 2");

        Assert.Equal(BoolValue.True, value.Constant);
    }
}
