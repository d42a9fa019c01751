using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Symbolic;
using PlcFleet.Verification.Simulation;

namespace PlcFleet.Verification.Equivalence;

/// <summary>How one before/after comparison of a PROGRAM looks: the caller's limits on top of the site's own settings.</summary>
public sealed record ComparisonSettings
{
    public int? Seed { get; init; }

    /// <summary>Random traces after the scenarios; null runs them until <see cref="RandomBudget"/> is spent.</summary>
    public int? RandomTraces { get; init; }

    public TimeSpan RandomBudget { get; init; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Wall time for the symbolic engine, plus whatever the random search left of its own; zero: random search only.</summary>
    public TimeSpan SymbolicBudget { get; init; } = TimeSpan.FromSeconds(2.5);

    public IReadOnlyList<string> AllowedToChange { get; init; } = [];

    /// <summary>Before name → after name, for renamed signals.</summary>
    public IReadOnlyDictionary<string, string> SignalMap { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// The one comparison of a PROGRAM before and after a change that every host runs (the <c>equiv</c> command, the MCP
/// <c>equiv</c> tool, the equivalence verifier): the site's scenarios, probes and observables, the random search,
/// then, when it found nothing, the symbolic engine, whose verdict decides (a random search alone proves nothing).
/// </summary>
public sealed record ProgramComparison(string Program, EquivalenceOptions Options, EquivalenceResult Random, SymbolicVerdict? Symbolic)
{
    /// <summary>A difference was shown (random or symbolic, replayed either way) or the signals do not match up.</summary>
    public bool Differs => !Random.IsEquivalent || Symbolic?.Outcome == SymbolicOutcome.Differs;

    /// <summary>Proven equivalent or bounded without a difference; anything else is not a pass.</summary>
    public bool Passes => Random.IsEquivalent && Symbolic?.Outcome is SymbolicOutcome.ProvenEquivalent or SymbolicOutcome.EquivalentUpToDepth;

    public static ProgramComparison Run(SiteSimulator before, SiteSimulator after, string program, CompiledStProgram beforeProgram, CompiledStProgram afterProgram, ComparisonSettings settings)
    {
        var site = before.EquivalenceOptionsFor(program, beforeProgram);
        var options = site with
        {
            Seed = settings.Seed,
            RandomTraces = settings.RandomTraces,
            TimeBudget = settings.RandomBudget,
            SignalMap = settings.SignalMap,
            AllowedToChange = [.. site.AllowedToChange, .. settings.AllowedToChange],
        };
        var started = System.Diagnostics.Stopwatch.StartNew();
        var random = EquivalenceChecker.Check(beforeProgram.CreateInstance, afterProgram.CreateInstance, options);
        if (!random.IsEquivalent || settings.SymbolicBudget <= TimeSpan.Zero)
        {
            return new ProgramComparison(program, options, random, null);
        }

        var left = settings.RandomBudget + settings.SymbolicBudget - started.Elapsed;
        var symbolic = SymbolicEquivalence.Check(before.Project.Compilation, after.Project.Compilation, program,
            beforeProgram.CreateInstance, afterProgram.CreateInstance, options,
            new SymbolicOptions { TimeBudget = left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1) });
        return new ProgramComparison(program, options, random, symbolic);
    }
}
