using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Conditions;
using PlcFleet.Simulation.Programs.Signals;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>Array elements, struct members and Siemens data block fields are signals scenarios and the equivalence checker see.</summary>
public sealed class StructuredSignalTests
{
    private const string ZoneHeating = """
        TYPE ST_Heater : STRUCT bOn : BOOL; rPower : REAL; END_STRUCT END_TYPE
        PROGRAM PRG_Oven
        VAR_INPUT aZoneTemp : ARRAY[1..3] OF INT; END_VAR
        VAR_OUTPUT aHeater : ARRAY[1..3] OF ST_Heater; stSummary : ST_Heater; END_VAR
        VAR i : INT; aSetpoint : ARRAY[1..3] OF INT; bInit : BOOL := TRUE; END_VAR
        IF bInit THEN
            aSetpoint[1] := 180; aSetpoint[2] := 200; aSetpoint[3] := 220;
            bInit := FALSE;
        END_IF;
        FOR i := 1 TO 3 DO
            aHeater[i].bOn := aZoneTemp[i] < aSetpoint[i];
            aHeater[i].rPower := INT_TO_REAL(MAX(aSetpoint[i] - aZoneTemp[i], 0)) / 10.0;
        END_FOR;
        stSummary.bOn := aHeater[1].bOn OR aHeater[2].bOn OR aHeater[3].bOn;
        END_PROGRAM
        """;

    [Fact]
    public void Array_elements_and_struct_members_are_listed_with_the_direction_of_their_variable()
    {
        var plc = CompiledProgramFactory.Instance(ZoneHeating);
        var signals = plc.Signals.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

        Assert.Equal(SignalDirection.Input, signals["aZoneTemp[2]"].Direction);
        Assert.Equal(PlcType.Int, signals["aZoneTemp[2]"].Type);
        Assert.Equal(SignalDirection.Output, signals["aHeater[3].rPower"].Direction);
        Assert.Equal(SignalDirection.Output, signals["stSummary.bOn"].Direction);
        Assert.Equal(SignalDirection.Internal, signals["aSetpoint[1]"].Direction);
        Assert.DoesNotContain("aZoneTemp[4]", signals.Keys);
    }

    [Fact]
    public void Setting_an_input_element_is_latched_and_a_struct_output_is_published_at_the_end_of_the_scan()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(ZoneHeating));
        plc.Set("aZoneTemp[1]", 180, PlcType.Int).Set("aZoneTemp[2]", 150, PlcType.Int).Set("aZoneTemp[3]", 230, PlcType.Int);
        Assert.Equal(0, plc.Integer("aZoneTemp[2]")); // latched: the program sees it at the next scan
        plc.Scan();

        Assert.False(plc.Bool("aHeater[1].bOn"));
        Assert.True(plc.Bool("aHeater[2].bOn"));
        Assert.Equal(5.0, plc.Real("aHeater[2].rPower"), 3);
        Assert.False(plc.Bool("aHeater[3].bOn"));
        Assert.True(plc.Bool("stSummary.bOn"));

        // Forcing an internal element takes effect at once, as a watch-list write does.
        plc.Plc.Set("aSetpoint[3]", PlcValue.FromInteger(240, PlcType.Int));
        plc.Scan();
        Assert.True(plc.Bool("aHeater[3].bOn"));
    }

    [Fact]
    public void A_two_dimensional_array_lists_its_elements_row_major_with_both_indices()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Palletizer
            VAR_INPUT nLayer : INT; nSlot : INT; END_VAR
            VAR_OUTPUT aOccupied : ARRAY[1..2, 0..2] OF BOOL; END_VAR
            aOccupied[nLayer, nSlot] := TRUE;
            END_PROGRAM
            """));
        Assert.Equal(["aOccupied[1,0]", "aOccupied[1,1]", "aOccupied[1,2]", "aOccupied[2,0]", "aOccupied[2,1]", "aOccupied[2,2]"],
            plc.Plc.Signals.Where(s => s.Name.StartsWith("aOccupied", StringComparison.Ordinal)).Select(s => s.Name));

        plc.Set("nLayer", 2, PlcType.Int).Set("nSlot", 1, PlcType.Int).Scan();
        Assert.True(plc.Bool("aOccupied[2,1]"));
        Assert.False(plc.Bool("aOccupied[1,1]"));
    }

    [Fact]
    public void A_large_buffer_lists_no_element_signals()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Modbus
            VAR aTelegram : ARRAY[0..1023] OF BYTE; nLength : INT; END_VAR
            aTelegram[0] := 16#03;
            nLength := 1;
            END_PROGRAM
            """);

        Assert.DoesNotContain(plc.Signals, s => s.Name.StartsWith("aTelegram", StringComparison.Ordinal));
        Assert.Contains(plc.Signals, s => s.Name == "nLength");
    }

    [Fact]
    public void Scenario_conditions_read_elements_and_members()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance(ZoneHeating));
        plc.Set("aZoneTemp[1]", 100, PlcType.Int).Scan();
        var condition = plc.Plc.CompileCondition("aHeater[1].bOn AND aHeater[ 1 ].rPower > 7.5 AND NOT aHeater[2].bOn = FALSE");

        Assert.True(condition.IsValid, condition.Error);
        Assert.True(condition.Evaluate!());
    }

    [Fact]
    public void An_SCL_data_block_field_is_a_signal_written_the_Siemens_way()
    {
        var dataBlock = """
            DATA_BLOCK "Safety_DB"
            NON_RETAIN
               VAR
                  EStop : Bool;
                  GuardClosed : Bool;
                  SafetyOk : Bool;
               END_VAR
            BEGIN
            END_DATA_BLOCK
            """;
        var main = """
            ORGANIZATION_BLOCK "Main"
            BEGIN
                "Safety_DB".SafetyOk := "Safety_DB".EStop AND "Safety_DB".GuardClosed;
            END_ORGANIZATION_BLOCK
            """;
        var compilation = StructuredText.Semantics.Compilation.Create([
            SyntaxTree.Parse(new SourceText(dataBlock, "Safety_DB.scl"), Dialect.Scl),
            SyntaxTree.Parse(new SourceText(main, "Main.scl"), Dialect.Scl)]);
        var compiled = StProgramCompiler.Compile(compilation, "Main");
        Assert.True(compiled.Succeeded, string.Join(Environment.NewLine, compiled.Errors));
        var plc = compiled.Program!.CreateInstance();
        var resolver = new SignalResolver(plc, SignalDirectory.From(compilation, "Main"));

        // Fields the OB only reads come from the F-program: inputs; the one it writes is its own.
        Assert.Equal(SignalDirection.Input, resolver.Resolve("\"Safety_DB\".EStop").Signal!.Direction);
        Assert.Equal(SignalDirection.Internal, resolver.Resolve("\"Safety_DB\".SafetyOk").Signal!.Direction);

        plc.Set("Safety_DB.EStop", PlcValue.FromBool(true));
        plc.Set("Safety_DB.GuardClosed", PlcValue.FromBool(true));
        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));
        var condition = new ConditionCompiler(plc, SignalDirectory.From(compilation, "Main")).Compile("\"Safety_DB\".SafetyOk");
        Assert.True(condition.IsValid, condition.Error);
        Assert.True(condition.Evaluate!());

        plc.Set("Safety_DB.GuardClosed", PlcValue.FromBool(false));
        plc.RunScanCycle(TimeSpan.FromMilliseconds(20));
        Assert.False(condition.Evaluate!());
    }

    [Fact]
    public void The_equivalence_checker_compares_array_elements_and_finds_a_wrong_alarm_bit()
    {
        const string Before = """
            PROGRAM PRG_Alarms
            VAR_INPUT bOverTemp : BOOL; bLowAir : BOOL; bDoorOpen : BOOL; END_VAR
            VAR_OUTPUT aAlarm : ARRAY[1..3] OF BOOL; END_VAR
            aAlarm[1] := bOverTemp;
            aAlarm[2] := bLowAir;
            aAlarm[3] := bDoorOpen;
            END_PROGRAM
            """;
        var after = Before.Replace("aAlarm[3] := bDoorOpen;", "aAlarm[3] := bDoorOpen AND bLowAir;", StringComparison.Ordinal);
        var same = EquivalenceChecker.Check(() => CompiledProgramFactory.Instance(Before), () => CompiledProgramFactory.Instance(Before),
            new EquivalenceOptions { Seed = 5, RandomTraces = 10 });
        Assert.True(same.IsEquivalent, same.ToText());
        Assert.Equal(["aAlarm[1]", "aAlarm[2]", "aAlarm[3]"], same.ComparedSignals);

        var result = EquivalenceChecker.Check(() => CompiledProgramFactory.Instance(Before), () => CompiledProgramFactory.Instance(after),
            new EquivalenceOptions { Seed = 5 });
        Assert.False(result.IsEquivalent);
        Assert.Equal("aAlarm[3]", result.Counterexample!.Divergence.Signal);
    }
}
