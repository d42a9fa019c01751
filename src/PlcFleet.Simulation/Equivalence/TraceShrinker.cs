using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>
/// Delta debugging for input traces: cut everything after the divergence, drop segments (halves, quarters, … single
/// segments), merge neighbours, shorten holds, drop or simplify changed values, and repeat until nothing smaller still shows the same
/// difference (same signal diverging). Every accepted step keeps the difference reproducible by construction.
/// </summary>
internal sealed class TraceShrinker
{
    private readonly Func<InputTrace, Divergence?> _replay;
    private readonly string _signal;
    private readonly int _maxReplays;
    private readonly Func<bool> _outOfTime;

    /// <param name="outOfTime">True once the caller's budget is spent: shrinking stops with the best trace so far.</param>
    public TraceShrinker(Func<InputTrace, Divergence?> replay, string signal, int maxReplays, Func<bool>? outOfTime = null)
    {
        _replay = replay;
        _signal = signal;
        _maxReplays = maxReplays;
        _outOfTime = outOfTime ?? (() => false);
    }

    public int Replays { get; private set; }

    public (InputTrace Trace, Divergence Divergence) Shrink(InputTrace trace, Divergence divergence)
    {
        var best = (Trace: trace.Truncate((int)divergence.Cycle + 1), Divergence: divergence);
        bool progress;
        do
        {
            progress = false;
            foreach (var candidate in Candidates(best.Trace))
            {
                if (Replays >= _maxReplays || _outOfTime())
                {
                    return best;
                }

                Replays++;
                if (_replay(candidate) is { } d && string.Equals(d.Signal, _signal, StringComparison.OrdinalIgnoreCase))
                {
                    best = (candidate.Truncate((int)d.Cycle + 1), d);
                    progress = true;
                    break;
                }
            }
        }
        while (progress);

        return best;
    }

    /// <summary>Smaller traces, biggest cuts first, so a greedy search converges quickly.</summary>
    private static IEnumerable<InputTrace> Candidates(InputTrace trace)
    {
        var segments = trace.Segments;
        for (var chunk = segments.Count / 2; chunk >= 1; chunk /= 2)
        {
            for (var start = 0; start + chunk <= segments.Count; start += chunk)
            {
                if (start == 0 && chunk == segments.Count)
                {
                    continue;
                }

                yield return new InputTrace([.. segments.Take(start), .. segments.Skip(start + chunk)]);
            }
        }

        // Merge a segment's changes into the next one, so inputs that change together read as one step.
        for (var i = 0; i + 1 < segments.Count; i++)
        {
            var merged = segments[i + 1];
            foreach (var (name, value) in segments[i].Changes.Where(c => !segments[i + 1].Changes.ContainsKey(c.Key)))
            {
                merged = merged.With(name, value);
            }

            yield return new InputTrace([.. segments.Take(i), merged, .. segments.Skip(i + 2)]);
        }

        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].WarmRestart)
            {
                yield return Replace(segments, i, segments[i] with { WarmRestart = false });
            }
        }

        for (var i = 0; i < segments.Count; i++)
        {
            var hold = segments[i].HoldCycles;
            foreach (var shorter in new[] { 1, hold / 2, hold - 1 }.Where(h => h >= 1 && h < hold).Distinct())
            {
                yield return Replace(segments, i, segments[i].WithHold(shorter));
            }
        }

        for (var i = 0; i < segments.Count; i++)
        {
            foreach (var (name, value) in segments[i].Changes.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                yield return Replace(segments, i, segments[i].Without(name));
                foreach (var simpler in Simpler(value))
                {
                    yield return Replace(segments, i, segments[i].With(name, simpler));
                }
            }
        }
    }

    private static InputTrace Replace(IReadOnlyList<TraceSegment> segments, int index, TraceSegment segment)
    {
        var copy = segments.ToList();
        copy[index] = segment;
        return new InputTrace(copy);
    }

    private static IEnumerable<PlcValue> Simpler(PlcValue value)
    {
        var zero = PlcValue.DefaultOf(value.Type);
        if (!value.SameValueAs(zero))
        {
            yield return zero;
        }

        if (value.Kind is PlcValueKind.Integer or PlcValueKind.Time && Math.Abs(value.AsInteger) > 1)
        {
            yield return value.Kind == PlcValueKind.Time ? PlcValue.FromNanoseconds(value.AsInteger / 2, value.Type) : PlcValue.FromInteger(value.AsInteger / 2, value.Type);
        }

        if (value.Kind == PlcValueKind.Real && Math.Abs(value.AsReal) >= 1 && value.AsReal != Math.Truncate(value.AsReal))
        {
            yield return PlcValue.FromReal(Math.Truncate(value.AsReal), value.Type);
        }
    }
}
