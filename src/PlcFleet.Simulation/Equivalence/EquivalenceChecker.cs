using System.Diagnostics;
using PlcFleet.Simulation.Programs;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>
/// Differential check of a migration: runs the before and after programs side by side on the same inputs and compares
/// outputs, and chosen internals, after every scan. The given traces (the site's scenarios) run first; then, until the
/// time budget or trace count, seeded random traces alternate with scenario prefixes (cut at a random scan) continued
/// randomly, because the deep states (line running, after a trip, after a run-out) are where restarts go wrong and a
/// scenario is the cheapest way there. The first difference is shrunk to a minimal input trace that still shows it.
/// </summary>
public static class EquivalenceChecker
{
    /// <param name="before">Creates a fresh instance of the program as it was (called once per replay).</param>
    /// <param name="after">Creates a fresh instance of the changed program.</param>
    public static EquivalenceResult Check(Func<IProgramInstance> before, Func<IProgramInstance> after, EquivalenceOptions? options = null)
    {
        options ??= new EquivalenceOptions();
        var seed = options.Seed ?? Random.Shared.Next();
        var problems = new List<string>();
        var pair = new ProgramPair(before, after, options, problems);
        var stopwatch = Stopwatch.StartNew();
        var cycle = options.CycleTime.Ticks;
        var presets = options.TimerPresets.Select(p => (int)Math.Ceiling((double)p.Ticks / cycle)).Distinct().ToList();
        var generator = new RandomTraceGenerator(pair.Inputs, options.MinHoldCycles, options.MaxHoldCycles, presets)
        {
            ProbeValues = options.ProbeValues,
            WarmRestarts = options.WarmRestarts,
            AnalogRanges = options.AnalogRanges,
        };
        var cyclesPerTrace = Math.Max(options.CyclesPerTrace, 3 * generator.LongestHold);
        var traces = options.Traces.Concat(Explore(generator, seed, cyclesPerTrace, options));

        var tracesRun = 0;
        long cyclesRun = 0;
        var stop = SearchStop.TraceCount;
        foreach (var named in traces)
        {
            if (stopwatch.Elapsed > options.TimeBudget)
            {
                stop = SearchStop.TimeBudget;
                break;
            }

            if (cyclesRun + named.Trace.TotalCycles > options.MaxTotalCycles)
            {
                stop = SearchStop.ScanLimit;
                break;
            }

            var (divergence, cycles) = pair.Replay(named.Trace);
            tracesRun++;
            cyclesRun += cycles;
            if (divergence is null)
            {
                continue;
            }

            var searched = stopwatch.Elapsed;
            var counterexample = Minimise(pair, named, divergence, options, stopwatch);
            return new EquivalenceResult(seed, tracesRun, cyclesRun, SearchStop.Difference, counterexample, problems, pair.ComparedSignals, options.CycleTime) { SearchTime = searched };
        }

        return new EquivalenceResult(seed, tracesRun, cyclesRun, stop, null, problems, pair.ComparedSignals, options.CycleTime) { SearchTime = stopwatch.Elapsed };
    }

    /// <summary>Random trace i: even i (when there are scenario traces) continues a cut scenario prefix, else all random.</summary>
    private static IEnumerable<NamedTrace> Explore(RandomTraceGenerator generator, int seed, int cycles, EquivalenceOptions options)
    {
        var prefixes = options.Traces.Where(t => t.Trace.TotalCycles > 1).ToList();
        for (var i = 0; options.RandomTraces is not { } count || i < count; i++)
        {
            var traceSeed = RandomTraceGenerator.TraceSeed(seed, i);
            if (prefixes.Count == 0 || i % 2 == 1)
            {
                yield return new NamedTrace($"random trace {i + 1}", generator.Generate(traceSeed, cycles));
                continue;
            }

            var random = new Random(traceSeed);
            var scenario = prefixes[random.Next(prefixes.Count)];
            var cut = random.Next(1, scenario.Trace.TotalCycles + 1);
            var prefix = scenario.Trace.Truncate(cut);
            var continuation = generator.Generate(random.Next(), cycles, prefix.InputsAtEnd());
            yield return new NamedTrace($"random trace {i + 1} ({scenario.Source} up to cycle {cut}, then random)",
                new InputTrace([.. prefix.Segments, .. continuation.Segments]));
        }
    }

    /// <summary>Replays one trace (e.g. a counterexample kept from an earlier run) and returns the first difference.</summary>
    public static Divergence? Replay(Func<IProgramInstance> before, Func<IProgramInstance> after, InputTrace trace, EquivalenceOptions? options = null) =>
        new ProgramPair(before, after, options ?? new EquivalenceOptions(), []).Replay(trace).Divergence;

    /// <summary>Shrinks within what is left of the budget (at least a few replays, so the trace is cut after the divergence).</summary>
    private static Counterexample Minimise(ProgramPair pair, NamedTrace named, Divergence divergence, EquivalenceOptions options, Stopwatch stopwatch)
    {
        if (!options.Shrink)
        {
            var cut = named.Trace.Truncate((int)divergence.Cycle + 1);
            return new Counterexample(named.Source, named.Trace, divergence, cut, divergence, 0) { Replay = pair.Explain(cut, divergence) };
        }

        var shrinker = new TraceShrinker(t => pair.Replay(t).Divergence, divergence.Signal, options.MaxShrinkReplays, () => stopwatch.Elapsed > options.TimeBudget);
        var (trace, shrunk) = shrinker.Shrink(named.Trace, divergence);
        return new Counterexample(named.Source, named.Trace, divergence, trace, shrunk, shrinker.Replays) { Replay = pair.Explain(trace, shrunk) };
    }
}
