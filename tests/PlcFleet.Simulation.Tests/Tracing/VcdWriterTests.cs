using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Scenarios;
using PlcFleet.Simulation.Tests.TestPrograms;
using PlcFleet.Simulation.Tracing;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Tracing;

public sealed class VcdWriterTests
{
    [Fact]
    public void Writes_header_initial_dump_and_only_changes()
    {
        var signals = new[]
        {
            new SignalInfo("Motor_Run", PlcType.Bool, SignalDirection.Output),
            new SignalInfo("Count", PlcType.Int, SignalDirection.Output),
            new SignalInfo("Flow", PlcType.LReal, SignalDirection.Input),
            new SignalInfo("Conveyor1.Running", PlcType.Bool, SignalDirection.Internal),
            new SignalInfo("Conveyor1.Delay.ET", PlcType.Time, SignalDirection.Internal),
            new SignalInfo("Recipe", PlcType.String, SignalDirection.Input),
        };
        var values = new Dictionary<string, PlcValue>
        {
            ["Motor_Run"] = PlcValue.False,
            ["Count"] = PlcValue.FromInteger(5, PlcType.Int),
            ["Flow"] = PlcValue.FromReal(1.5),
            ["Conveyor1.Running"] = PlcValue.False,
            ["Conveyor1.Delay.ET"] = PlcValue.FromTime(TimeSpan.Zero),
        };
        var output = new StringWriter();
        var vcd = new VcdWriter(output, "PRG_Conveyor", signals);
        vcd.WriteCycle(TimeSpan.Zero, n => values[n]);
        values["Motor_Run"] = PlcValue.True;
        values["Count"] = PlcValue.FromInteger(-2, PlcType.Int);
        vcd.WriteCycle(TimeSpan.FromMilliseconds(10), n => values[n]);
        vcd.WriteCycle(TimeSpan.FromMilliseconds(20), n => values[n]);
        values["Conveyor1.Delay.ET"] = PlcValue.FromTime(TimeSpan.FromMilliseconds(3));
        vcd.WriteCycle(TimeSpan.FromMilliseconds(30), n => values[n]);
        vcd.Finish(TimeSpan.FromMilliseconds(40));

        const string expected =
            "$version PlcFleet scan-cycle simulator $end\n" +
            "$timescale 1us $end\n" +
            "$scope module PRG_Conveyor $end\n" +
            "$var wire 1 ! Motor_Run $end\n" +
            "$var integer 16 \" Count $end\n" +
            "$var real 64 # Flow $end\n" +
            "$scope module Conveyor1 $end\n" +
            "$var wire 1 $ Running $end\n" +
            "$scope module Delay $end\n" +
            "$var integer 64 % ET $end\n" +
            "$upscope $end\n" +
            "$upscope $end\n" +
            "$upscope $end\n" +
            "$enddefinitions $end\n" +
            "#0\n" +
            "$dumpvars\n" +
            "0!\n" +
            "b101 \"\n" +
            "r1.5 #\n" +
            "0$\n" +
            "b0 %\n" +
            "$end\n" +
            "#10000\n" +
            "1!\n" +
            "b1111111111111110 \"\n" +
            "#30000\n" +
            "b1011011100011011000000 %\n" +
            "#40000\n";
        Assert.Equal(expected, output.ToString());
        Assert.DoesNotContain(vcd.Signals, s => s.Name == "Recipe");
    }

    [Fact]
    public void Identifiers_stay_unique_past_94_signals()
    {
        var signals = Enumerable.Range(0, 200).Select(i => new SignalInfo($"DI_{i}", PlcType.Bool, SignalDirection.Input)).ToList();
        var output = new StringWriter();
        var vcd = new VcdWriter(output, "PRG_IO", signals);
        vcd.WriteCycle(TimeSpan.Zero, _ => PlcValue.True);
        var ids = output.ToString().Split('\n').Where(l => l.StartsWith("$var", StringComparison.Ordinal)).Select(l => l.Split(' ')[3]).ToList();
        Assert.Equal(200, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.All(id, c => Assert.InRange(c, '!', '~')));
    }

    [Fact]
    public void A_scenario_run_can_write_a_trace_of_chosen_signals()
    {
        const string yaml = """
            scenario: Start
            program: PRG_Conveyor
            initial: { EStop_OK: TRUE, Guard_Closed: TRUE }
            steps:
              - at: 20ms
                set: { Start_PB: TRUE }
              - at: 40ms
                expect: { Motor_Run: TRUE }
            """;
        var trace = new StringWriter();
        var result = ScenarioRunner.Run(
            ScenarioParser.Parse(yaml).Scenarios[0],
            new ConveyorProgram(),
            new ScenarioRunOptions { Trace = trace, TraceSignals = ["Start_PB", "Motor_Run"] });
        Assert.True(result.Passed);
        var text = trace.ToString();
        Assert.Contains("$var wire 1 ! Start_PB $end\n$var wire 1 \" Motor_Run $end\n", text, StringComparison.Ordinal);
        Assert.EndsWith("#0\n$dumpvars\n0!\n0\"\n$end\n#20000\n1!\n1\"\n#50000\n", text, StringComparison.Ordinal);
    }
}
