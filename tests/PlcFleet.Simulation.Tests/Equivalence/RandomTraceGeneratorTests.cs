using FsCheck.Xunit;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Tests.TestPrograms;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Equivalence;

public sealed class RandomTraceGeneratorTests
{
    private static readonly IReadOnlyList<SignalInfo> ConveyorInputs =
        new ConveyorProgram().Signals.Where(s => s.Direction == SignalDirection.Input).ToList();

    [Fact]
    public void The_same_seed_gives_the_same_trace()
    {
        var generator = new RandomTraceGenerator(ConveyorInputs);
        Assert.Equal(generator.Generate(99, 500), generator.Generate(99, 500));
        Assert.NotEqual(generator.Generate(99, 500), generator.Generate(100, 500));
    }

    [Fact]
    public void Trace_seeds_are_stable_across_processes()
    {
        // Fixed numbers: a seed printed today must replay the same traces in any later run.
        Assert.Equal(unchecked((int)0x9E3779B9), RandomTraceGenerator.TraceSeed(0, 0));
        Assert.Equal(1797301076, RandomTraceGenerator.TraceSeed(42, 3));
        Assert.NotEqual(RandomTraceGenerator.TraceSeed(42, 0), RandomTraceGenerator.TraceSeed(42, 1));
    }

    [Property(MaxTest = 50)]
    public bool Traces_have_the_requested_length_and_realistic_holds(int seed)
    {
        var trace = new RandomTraceGenerator(ConveyorInputs, 3, 40).Generate(seed, 400);
        return trace.TotalCycles == 400
            && trace.Segments.Take(trace.Segments.Count - 1).All(s => s.HoldCycles is >= 3 and <= 40)
            && trace.Segments[0].Changes.Count == ConveyorInputs.Count
            && trace.Segments.Skip(1).All(s => s.Changes.Count is >= 1 and <= 2);
    }

    [Property(MaxTest = 50)]
    public bool Values_respect_types_and_declared_ranges(int seed)
    {
        var inputs = new List<SignalInfo>
        {
            new("Speed_SP", PlcType.Int, SignalDirection.Input, new SignalRange(0, 100)),
            new("Level", PlcType.LReal, SignalDirection.Input, new SignalRange(-5, 5)),
            new("Mode", PlcType.USInt, SignalDirection.Input),
            new("Counter", PlcType.DInt, SignalDirection.Input),
            new("Recipe", PlcType.String, SignalDirection.Input),
        };
        var trace = new RandomTraceGenerator(inputs).Generate(seed, 300);
        var values = trace.Segments.SelectMany(s => s.Changes).ToList();
        return values.All(v => v.Key switch
        {
            "Speed_SP" => v.Value.Type == PlcType.Int && v.Value.AsInteger is >= 0 and <= 100,
            "Level" => v.Value.AsReal is >= -5 and <= 5,
            "Mode" => v.Value.AsInteger is >= 0 and <= 255,
            "Counter" => v.Value.AsInteger is >= -1000 and <= 1000,
            _ => false,
        });
    }

    [Fact]
    public void BOOL_inputs_toggle_when_they_change()
    {
        var inputs = new List<SignalInfo> { new("Start_PB", PlcType.Bool, SignalDirection.Input) };
        var trace = new RandomTraceGenerator(inputs).Generate(5, 1000);
        var values = trace.Segments.Select(s => s.Changes["Start_PB"].AsBool).ToList();
        Assert.All(values.Zip(values.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Trace_text_lists_one_input_change_per_line_and_folds_segments_that_change_nothing()
    {
        var trace = new InputTrace(
        [
            new TraceSegment(3, new Dictionary<string, PlcValue> { ["Start_PB"] = PlcValue.True, ["EStop_OK"] = PlcValue.True }),
            new TraceSegment(1, new Dictionary<string, PlcValue>()),
            new TraceSegment(1, new Dictionary<string, PlcValue> { ["EStop_OK"] = PlcValue.False }),
            new TraceSegment(2, new Dictionary<string, PlcValue>()),
            new TraceSegment(5, new Dictionary<string, PlcValue>()),
        ]);
        Assert.Equal(
            "cycle 0 (0s): EStop_OK := TRUE, Start_PB := TRUE; hold 4 cycles\ncycle 4 (40ms): EStop_OK := FALSE; hold 8 cycles\n",
            trace.ToText(TimeSpan.FromMilliseconds(10)).ReplaceLineEndings("\n"));
        Assert.Equal(2, trace.Truncate(2).TotalCycles);
        Assert.Single(trace.Truncate(2).Segments);
    }
}
