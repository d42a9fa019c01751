using PlcFleet.Simulation.Equivalence.Corpus;
using PlcFleet.Simulation.Symbolic;
using Xunit.Abstractions;

namespace PlcFleet.Simulation.Tests.Symbolic;

/// <summary>
/// The corpus in tests/data/equivalence-corpus (deep differences and refactorings on four plant programs): no
/// refactoring may be reported as different, and the differences found may not drop below the 37 of 41 the engines
/// find. The random search runs a fixed number of traces and each solver query a fixed resource limit, so the tally
/// does not depend on the machine's load (the wall-time budgets here are only caps). The full run is <c>plcfleet bench equiv</c>.
/// </summary>
public sealed class EquivalenceCorpusTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "EquivalenceCorpus");

    [Fact]
    public void The_corpus_has_40_differences_and_20_refactorings_in_every_class()
    {
        var cases = EquivalenceCorpus.Load(Folder);
        Assert.True(cases.Count(c => c.ExpectDifference) >= 40);
        Assert.True(cases.Count(c => !c.ExpectDifference) >= 20);
        Assert.Equal(
            ["logic", "long-time", "observables", "refactoring", "repetition", "values", "warm-restart"],
            cases.Select(c => c.Class).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Differences_are_found_with_replayed_traces_and_refactorings_never_differ()
    {
        var outcomes = CorpusRun.Run(EquivalenceCorpus.Load(Folder), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120),
            progress: o => output.WriteLine($"{o.Verdict,-8} {o.Case.Class,-13} {o.Case.Name} [random {(o.RandomFound ? "found" : "-")}; symbolic {o.Symbolic.Label}, {o.Symbolic.Elapsed.TotalSeconds:0.00} s]"));
        output.WriteLine(CorpusRun.Summary(outcomes));

        Assert.DoesNotContain(outcomes, o => !o.Case.ExpectDifference && o.Verdict == "found");
        Assert.DoesNotContain(outcomes, o => !o.Case.ExpectDifference && o.Symbolic.Outcome == SymbolicOutcome.Unknown);
        var found = outcomes.Where(o => o.Case.ExpectDifference && o.Verdict == "found").ToList();
        Assert.True(found.Count >= 37, CorpusRun.Summary(outcomes));
        Assert.All(found.Where(o => o.Symbolic.Outcome == SymbolicOutcome.Differs), o => Assert.NotNull(o.Symbolic.Trace));
    }
}
