using System.Diagnostics;
using PlcFleet.Simulation.Programs;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>
/// Differential check of a migration: runs the before and after programs side by side on the same inputs (the given
/// traces first, then seeded random traces) and compares outputs, and chosen internals, after every scan. The first
/// difference is shrunk to a minimal input trace that still shows it.
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
        var generator = new RandomTraceGenerator(pair.Inputs, options.MinHoldCycles, options.MaxHoldCycles);
        var traces = options.Traces.Concat(Enumerable.Range(0, options.RandomTraces).Select(i =>
            new NamedTrace($"random trace {i + 1}", generator.Generate(RandomTraceGenerator.TraceSeed(seed, i), options.CyclesPerTrace))));

        var tracesRun = 0;
        long cyclesRun = 0;
        var budgetExhausted = false;
        foreach (var named in traces)
        {
            if (cyclesRun + named.Trace.TotalCycles > options.MaxTotalCycles || stopwatch.Elapsed > options.TimeBudget)
            {
                budgetExhausted = true;
                break;
            }

            var (divergence, cycles) = pair.Replay(named.Trace);
            tracesRun++;
            cyclesRun += cycles;
            if (divergence is null)
            {
                continue;
            }

            var counterexample = Minimise(pair, named, divergence, options);
            return new EquivalenceResult(seed, tracesRun, cyclesRun, false, counterexample, problems, pair.ComparedSignals, options.CycleTime);
        }

        return new EquivalenceResult(seed, tracesRun, cyclesRun, budgetExhausted, null, problems, pair.ComparedSignals, options.CycleTime);
    }

    /// <summary>Replays one trace (e.g. a counterexample kept from an earlier run) and returns the first difference.</summary>
    public static Divergence? Replay(Func<IProgramInstance> before, Func<IProgramInstance> after, InputTrace trace, EquivalenceOptions? options = null) =>
        new ProgramPair(before, after, options ?? new EquivalenceOptions(), []).Replay(trace).Divergence;

    private static Counterexample Minimise(ProgramPair pair, NamedTrace named, Divergence divergence, EquivalenceOptions options)
    {
        if (!options.Shrink)
        {
            var cut = named.Trace.Truncate((int)divergence.Cycle + 1);
            return new Counterexample(named.Source, named.Trace, divergence, cut, divergence, 0) { Replay = pair.Explain(cut, divergence) };
        }

        var shrinker = new TraceShrinker(t => pair.Replay(t).Divergence, divergence.Signal, options.MaxShrinkReplays);
        var (trace, shrunk) = shrinker.Shrink(named.Trace, divergence);
        return new Counterexample(named.Source, named.Trace, divergence, trace, shrunk, shrinker.Replays) { Replay = pair.Explain(trace, shrunk) };
    }
}
