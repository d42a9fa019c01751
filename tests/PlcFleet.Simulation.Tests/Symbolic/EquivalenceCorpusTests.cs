using PlcFleet.Simulation.Equivalence.Corpus;
using PlcFleet.Simulation.Symbolic;
using Xunit.Abstractions;

namespace PlcFleet.Simulation.Tests.Symbolic;

/// <summary>
/// The corpus in tests/data/equivalence-corpus (deep differences and refactorings on four plant programs) with short
/// budgets CI can afford: no refactoring may be reported as different, and the differences found may not drop
/// below what the engines find at these budgets (34 to 37 of 41; 32 with eight builds running beside it, since the solver's
/// budget is wall time: the floor of 30 keeps that margin). The full run is <c>plcfleet bench equiv</c>.
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
        var outcomes = CorpusRun.Run(EquivalenceCorpus.Load(Folder), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(8));
        output.WriteLine(CorpusRun.Summary(outcomes));

        Assert.DoesNotContain(outcomes, o => !o.Case.ExpectDifference && o.Verdict == "found");
        Assert.DoesNotContain(outcomes, o => !o.Case.ExpectDifference && o.Symbolic.Outcome == SymbolicOutcome.Unknown);
        var found = outcomes.Where(o => o.Case.ExpectDifference && o.Verdict == "found").ToList();
        Assert.True(found.Count >= 30, CorpusRun.Summary(outcomes));
        Assert.All(found.Where(o => o.Symbolic.Outcome == SymbolicOutcome.Differs), o => Assert.NotNull(o.Symbolic.Trace));
    }
}
