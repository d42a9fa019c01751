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
            segments.Add(new TraceSegment(hold, changes));
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

    private static PlcValue Pick(Random random, SignalInfo input, PlcValue? current)
    {
        var type = input.Type;
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
                var (min, max) = IntegerBounds(input);
                var value = random.Next(5) == 0 ? (random.Next(2) == 0 ? min : max) : random.NextInt64(min, max + 1);
                return PlcValue.FromInteger(value, type);
        }
    }

    /// <summary>The declared range, else the type's range narrowed to ±1000 so values stay plausible for a plant.</summary>
    private static (long Min, long Max) IntegerBounds(SignalInfo input)
    {
        var type = input.Type;
        if (input.Range is { } range)
        {
            return ((long)Math.Ceiling(Math.Max(range.Minimum, type.MinInteger)), (long)Math.Floor(Math.Min(range.Maximum, type.MaxInteger)));
        }

        return (Math.Max(type.MinInteger, -1000), Math.Min(type.MaxInteger, 1000));
    }
}
