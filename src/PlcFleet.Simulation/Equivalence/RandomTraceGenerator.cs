using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>
/// Generates input traces a plant could produce: every input starts at a random value, then one or two inputs change
/// at a time and are held for a realistic number of scans (so timers get to fire). BOOLs toggle; numbers stay in
/// their declared range (else a modest slice of the type's range, with the bounds tried often). When the program's
/// timer presets are known, a third of the holds last about one preset (just under, at, or past it), so timers expire
/// and the states behind them are reached. The same seed always gives the same trace.
/// </summary>
public sealed class RandomTraceGenerator
{
    private readonly IReadOnlyList<SignalInfo> _inputs;
    private readonly IReadOnlyList<int> _presetHolds;

    /// <param name="presetHoldCycles">Timer presets in scans (see <see cref="TimerPresets"/>); empty for none.</param>
    public RandomTraceGenerator(IEnumerable<SignalInfo> inputs, int minHoldCycles = 1, int maxHoldCycles = 50, IReadOnlyList<int>? presetHoldCycles = null)
    {
        _presetHolds = presetHoldCycles?.Where(c => c > 0).ToList() ?? [];
        _inputs = inputs.Where(s => s.Type.Kind != PlcValueKind.String).ToList();
        ArgumentOutOfRangeException.ThrowIfLessThan(minHoldCycles, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHoldCycles, minHoldCycles);
        MinHoldCycles = minHoldCycles;
        MaxHoldCycles = maxHoldCycles;
    }

    public int MinHoldCycles { get; }

    /// <summary>Values picked often: the literals the code compares against and their neighbours (see <see cref="Equivalence.ProbeValues"/>).</summary>
    public IReadOnlyList<double> ProbeValues { get; init; } = [];

    /// <summary>Now and then a segment starts with a warm restart (never the first).</summary>
    public bool WarmRestarts { get; init; }

    /// <summary>Integer inputs without a declared range take raw analog values (0..27648, overrange 32767) half the time.</summary>
    public bool AnalogRanges { get; init; }

    public int MaxHoldCycles { get; }

    /// <summary>The seed of trace <paramref name="index"/> in a run with <paramref name="seed"/>, stable across processes.</summary>
    public static int TraceSeed(int seed, int index) => unchecked((int)(((uint)seed * 2654435761u) ^ ((uint)index * 40503u + 0x9E3779B9u)));

    /// <summary>The longest hold a trace may use: long enough for the longest preset to expire.</summary>
    public int LongestHold => Math.Max(MaxHoldCycles, _presetHolds.Count == 0 ? 0 : (_presetHolds.Max() * 3 / 2) + 1);

    public InputTrace Generate(int seed, int cycles) => Generate(seed, cycles, null);

    /// <summary>
    /// A trace of <paramref name="cycles"/> scans. With <paramref name="start"/> (the inputs where an earlier trace
    /// left them, e.g. a scenario prefix) it continues from there instead of drawing every input afresh.
    /// </summary>
    public InputTrace Generate(int seed, int cycles, IReadOnlyDictionary<string, PlcValue>? start)
    {
        var random = new Random(seed);
        var segments = new List<TraceSegment>();
        var current = _inputs.ToDictionary(s => s.Name, s => start is not null && start.TryGetValue(s.Name, out var v) ? v : Pick(random, s, null), StringComparer.OrdinalIgnoreCase);
        var total = 0;
        var changes = start is null ? new Dictionary<string, PlcValue>(current, StringComparer.OrdinalIgnoreCase) : Changes(random, current);
        while (total < cycles)
        {
            var hold = Math.Min(Hold(random), cycles - total);
            var restart = WarmRestarts && segments.Count > 0 && random.Next(20) == 0;
            segments.Add(new TraceSegment(hold, changes, restart));
            total += hold;
            changes = Changes(random, current);
        }

        return new InputTrace(segments);
    }

    /// <summary>One or two inputs change at a time, as on a real line.</summary>
    private Dictionary<string, PlcValue> Changes(Random random, Dictionary<string, PlcValue> current)
    {
        var changes = new Dictionary<string, PlcValue>(StringComparer.OrdinalIgnoreCase);
        if (_inputs.Count == 0)
        {
            return changes;
        }

        var count = random.Next(1, Math.Min(2, _inputs.Count) + 1);
        for (var i = 0; i < count; i++)
        {
            var input = _inputs[random.Next(_inputs.Count)];
            var value = Pick(random, input, current[input.Name]);
            current[input.Name] = value;
            changes[input.Name] = value;
        }

        return changes;
    }

    /// <summary>Mostly short holds; a third of them around a timer preset: one scan short of it, at it, or well past it.</summary>
    private int Hold(Random random)
    {
        if (_presetHolds.Count == 0 || random.Next(3) != 0)
        {
            return random.Next(MinHoldCycles, MaxHoldCycles + 1);
        }

        var preset = _presetHolds[random.Next(_presetHolds.Count)];
        return random.Next(3) switch
        {
            0 => Math.Max(1, preset - 1),
            1 => preset + 1,
            _ => preset + 1 + random.Next((preset / 2) + 1),
        };
    }

    private PlcValue Pick(Random random, SignalInfo input, PlcValue? current)
    {
        var type = input.Type;
        if (type.Kind is PlcValueKind.Integer or PlcValueKind.Real && random.Next(3) == 0 && Probe(random, input) is { } probe)
        {
            return probe;
        }

        switch (type.Kind)
        {
            case PlcValueKind.Bool:
                return current is { } c ? PlcValue.FromBool(!c.AsBool) : PlcValue.FromBool(random.Next(2) == 1);
            case PlcValueKind.Real:
                var (rmin, rmax) = input.Range is { } r ? (r.Minimum, r.Maximum) : (-1000.0, 1000.0);
                var real = random.Next(5) == 0 ? (random.Next(2) == 0 ? rmin : rmax) : rmin + (random.NextDouble() * (rmax - rmin));
                return PlcValue.FromReal(Math.Round(real, 3), type);
            case PlcValueKind.Time:
                var (tmin, tmax) = input.Range is { } tr ? ((long)tr.Minimum, (long)tr.Maximum) : (0L, 10_000L);
                return PlcValue.FromTime(TimeSpan.FromMilliseconds(random.NextInt64(tmin, tmax + 1)));
            default:
                var (min, max) = IntegerBounds(input, random);
                var value = random.Next(5) == 0 ? (random.Next(2) == 0 ? min : max) : random.NextInt64(min, max + 1);
                return PlcValue.FromInteger(value, type);
        }
    }

    /// <summary>
    /// The declared range; else half the time the type's range narrowed to ±1000 (plausible plant values) and half
    /// the time up to the raw analog overrange 32767, since an analog card delivers 0..27648 and more on overrange.
    /// </summary>
    private (long Min, long Max) IntegerBounds(SignalInfo input, Random random)
    {
        var type = input.Type;
        if (input.Range is { } range)
        {
            return ((long)Math.Ceiling(Math.Max(range.Minimum, type.MinInteger)), (long)Math.Floor(Math.Min(range.Maximum, type.MaxInteger)));
        }

        var limit = AnalogRanges && random.Next(2) == 0 ? AnalogOverrange : 1000;
        return (Math.Max(type.MinInteger, -limit), Math.Min(type.MaxInteger, limit));
    }

    /// <summary>A probe value that fits the input (its declared range, else its type), or null when none does.</summary>
    private PlcValue? Probe(Random random, SignalInfo input)
    {
        var type = input.Type;
        var fitting = ProbeValues.Concat(AnalogRanges ? AnalogProbes : [])
            .Where(v => input.Range is not { } r || (v >= r.Minimum && v <= r.Maximum))
            .Where(v => type.Kind == PlcValueKind.Real || (v == Math.Floor(v) && v >= type.MinInteger && v <= type.MaxInteger))
            .ToList();
        if (fitting.Count == 0)
        {
            return null;
        }

        var value = fitting[random.Next(fitting.Count)];
        return type.Kind == PlcValueKind.Real ? PlcValue.FromReal(value, type) : PlcValue.FromInteger((long)value, type);
    }

    /// <summary>A raw analog value's range (Siemens: 0..27648 nominal, up to 32767 on overrange) and its edges.</summary>
    private const int AnalogNominal = 27648;
    private const int AnalogOverrange = 32767;
    private static readonly double[] AnalogProbes = [0, 1, AnalogNominal - 1, AnalogNominal, AnalogNominal + 1, AnalogOverrange, -AnalogNominal];
}
