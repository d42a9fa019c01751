using System.Globalization;
using System.Text;
using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Symbolic;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;
using SemanticCompilation = PlcFleet.StructuredText.Semantics.Compilation;

namespace PlcFleet.Simulation.Equivalence.Corpus;

/// <summary>What the two engines said about one corpus case.</summary>
public sealed record CorpusOutcome(CorpusCase Case, bool RandomFound, SymbolicVerdict Symbolic)
{
    /// <summary>The combined verdict as the verifier sees it: random first, symbolic after.</summary>
    public string Verdict => RandomFound ? "found" : Symbolic.Outcome switch
    {
        SymbolicOutcome.Differs => "found",
        SymbolicOutcome.ProvenEquivalent => "proven",
        SymbolicOutcome.EquivalentUpToDepth => "bounded",
        _ => "unknown",
    };

    /// <summary>A difference reported on a refactoring, or a real difference missed.</summary>
    public bool IsWrong => Case.ExpectDifference ? Verdict != "found" : Verdict == "found";
}

/// <summary>
/// Runs the corpus through the random search (a fixed number of traces per case) and then the symbolic engine (a
/// fixed resource limit per solver query), and tallies found / proven / bounded / unknown per class. Both limits
/// count work, not time, so a busy machine gets the same tally; the wall-time budgets are only caps.
/// </summary>
public static class CorpusRun
{
    public const int RandomTracesPerCase = 64;

    public static IReadOnlyList<CorpusOutcome> Run(
        IReadOnlyList<CorpusCase> cases, TimeSpan randomBudget, TimeSpan symbolicBudget, int seed = 1, Action<CorpusOutcome>? progress = null,
        uint resourceLimit = SymbolicOptions.DefaultResourceLimit)
    {
        var outcomes = new List<CorpusOutcome>();
        foreach (var corpusCase in cases)
        {
            var (beforeCompilation, before) = Compile(corpusCase.Before);
            var (afterCompilation, after) = Compile(corpusCase.After);
            var options = new EquivalenceOptions
            {
                Seed = seed,
                RandomTraces = RandomTracesPerCase,
                TimeBudget = randomBudget,
                CycleTime = before.CycleTime,
                TimerPresets = TimerPresets.Find(beforeCompilation),
                ProbeValues = ProbeValues.Find(beforeCompilation),
                WarmRestarts = true,
                AnalogRanges = true,
            };
            var random = EquivalenceChecker.Check(before.CreateInstance, after.CreateInstance, options);
            var symbolic = SymbolicEquivalence.Check(beforeCompilation, afterCompilation, before.Name, before.CreateInstance, after.CreateInstance,
                options, new SymbolicOptions { TimeBudget = symbolicBudget, ResourceLimitPerQuery = resourceLimit });
            var outcome = new CorpusOutcome(corpusCase, random.Counterexample is not null, symbolic);
            progress?.Invoke(outcome);
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    /// <summary>One line per class: cases, and how many were found, proven, bounded or unknown (random alone in brackets).</summary>
    public static string Summary(IReadOnlyList<CorpusOutcome> outcomes)
    {
        var sb = new StringBuilder();
        sb.AppendLine("class          cases  found  proven  bounded  unknown  wrong  (random alone found)");
        foreach (var group in outcomes.GroupBy(o => o.Case.Class).Append(outcomes.GroupBy(_ => "TOTAL").Single()))
        {
            int Count(string verdict) => group.Count(o => o.Verdict == verdict);
            sb.Append(CultureInfo.InvariantCulture,
                $"{group.Key,-14} {group.Count(),5}  {Count("found"),5}  {Count("proven"),6}  {Count("bounded"),7}  {Count("unknown"),7}  {group.Count(o => o.IsWrong),5}  ({group.Count(o => o.RandomFound)})").AppendLine();
        }

        return sb.ToString();
    }

    private static (SemanticCompilation Compilation, CompiledStProgram Program) Compile(string source)
    {
        var compilation = SemanticCompilation.Create(SyntaxTree.Parse(new SourceText(source, "plant.st"), Dialect.Codesys));
        var program = compilation.Global.Programs.Single().Name;
        var compiled = StProgramCompiler.Compile(compilation, program);
        return (compilation, compiled.Program ?? throw new InvalidDataException($"the corpus program does not compile: {string.Join("; ", compiled.Errors)}"));
    }
}
