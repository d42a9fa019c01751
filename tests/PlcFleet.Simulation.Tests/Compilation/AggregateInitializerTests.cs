using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>Array and structure initializers start the variable as the PLC does, also after a warm restart.</summary>
public sealed class AggregateInitializerTests
{
    private const string Oven = """
        TYPE ST_AlarmConfig :
        STRUCT
            bEnabled : BOOL;
            nPriority : INT;
            rLimit : REAL;
            tDelay : TIME;
        END_STRUCT
        END_TYPE

        PROGRAM PRG_Oven
        VAR_INPUT nRecipe : INT := 1; END_VAR
        VAR_OUTPUT nSetpoint : INT; nZone5 : INT; nZone6 : INT; bAlarmOn : BOOL; nPriority : INT; rLimit : REAL; nDelayMs : DINT; END_VAR
        VAR
            aTemperatures : ARRAY[1..3] OF INT := [180, 200, 220];
            aZones : ARRAY[1..6] OF INT := [3(150), 2(90)];
            stOverTemp : ST_AlarmConfig := (bEnabled := TRUE, nPriority := 2, rLimit := 245.5, tDelay := T#3S);
        END_VAR
        nSetpoint := aTemperatures[nRecipe];
        nZone5 := aZones[5];
        nZone6 := aZones[6];
        bAlarmOn := stOverTemp.bEnabled;
        nPriority := stOverTemp.nPriority;
        rLimit := stOverTemp.rLimit;
        nDelayMs := TIME_TO_DINT(stOverTemp.tDelay);
        aTemperatures[1] := 0;
        END_PROGRAM
        """;

    [Theory]
    [InlineData(1, 180)]
    [InlineData(2, 200)]
    [InlineData(3, 220)]
    public void Recipe_table_starts_with_its_declared_temperatures(int recipe, long expected)
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(Oven));
        plc.Set("nRecipe", recipe, PlcFleet.Simulation.Values.PlcType.Int).Scan();
        Assert.Equal(expected, plc.Integer("nSetpoint"));
    }

    [Fact]
    public void Repetitions_fill_elements_and_the_rest_keep_their_default()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(Oven)).Scan();
        Assert.Equal(90, plc.Integer("nZone5"));
        Assert.Equal(0, plc.Integer("nZone6"));
        Assert.Equal(150, plc.Integer("aZones[3]"));
    }

    [Fact]
    public void Alarm_config_struct_starts_with_its_member_values()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(Oven)).Scan();
        Assert.True(plc.Bool("bAlarmOn"));
        Assert.Equal(2, plc.Integer("nPriority"));
        Assert.Equal(245.5, plc.Real("rLimit"), 3);
        Assert.Equal(3000, plc.Integer("nDelayMs"));
    }

    [Fact]
    public void Warm_restart_reapplies_the_initializer_of_a_non_retain_array()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(Oven)).Scan();
        Assert.Equal(0, plc.Integer("aTemperatures[1]")); // the body overwrote it
        plc.Plc.WarmRestart();
        plc.Scan();
        Assert.Equal(180, plc.Integer("nSetpoint"));
    }

    [Fact]
    public void Nested_arrays_of_structs_are_initialized_member_by_member()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(Dialect.Codesys, """
            PROGRAM PRG_Conveyors
            VAR_OUTPUT nSpeed2 : INT; bOn1 : BOOL; bOn2 : BOOL; nGrid : INT; END_VAR
            VAR
                aBelts : ARRAY[1..2] OF ST_Belt := [(bOn := TRUE, nSpeed := 50), (nSpeed := 75)];
                aGrid : ARRAY[1..2, 1..2] OF INT := [1, 2, 3, 4];
            END_VAR
            nSpeed2 := aBelts[2].nSpeed;
            bOn1 := aBelts[1].bOn;
            bOn2 := aBelts[2].bOn;
            nGrid := aGrid[2, 1];
            END_PROGRAM
            """, """
            TYPE ST_Belt : STRUCT bOn : BOOL; nSpeed : INT; END_STRUCT END_TYPE
            """)).Scan();
        Assert.Equal(75, plc.Integer("nSpeed2"));
        Assert.True(plc.Bool("bOn1"));
        Assert.False(plc.Bool("bOn2"));
        Assert.Equal(3, plc.Integer("nGrid"));
    }

    [Fact]
    public void Struct_type_member_defaults_apply_and_an_initializer_overrides_only_what_it_names()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(Dialect.Codesys, """
            PROGRAM PRG_Infeed
            VAR_OUTPUT nSpeedA : INT; nSpeedB : INT; nRampB : INT; bStop2 : BOOL; END_VAR
            VAR
                stBeltA : ST_Belt;
                stBeltB : ST_Belt := (nSpeed := 80);
            END_VAR
            nSpeedA := stBeltA.nSpeed;
            nSpeedB := stBeltB.nSpeed;
            nRampB := stBeltB.nRamp;
            bStop2 := stBeltA.aStops[2];
            END_PROGRAM
            """, """
            TYPE ST_Belt :
            STRUCT
                nSpeed : INT := 50;
                nRamp : INT := 5;
                aStops : ARRAY[1..3] OF BOOL := [FALSE, TRUE];
            END_STRUCT
            END_TYPE
            """)).Scan();
        Assert.Equal(50, plc.Integer("nSpeedA"));
        Assert.Equal(80, plc.Integer("nSpeedB"));
        Assert.Equal(5, plc.Integer("nRampB"));
        Assert.True(plc.Bool("bStop2"));
    }
}
