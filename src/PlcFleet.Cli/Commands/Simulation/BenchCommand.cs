using System.CommandLine;
using System.Globalization;
using PlcFleet.Simulation.Equivalence.Corpus;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Cli.Commands.Simulation;

/// <summary>
/// <c>plcfleet bench equiv</c>: runs the equivalence corpus (deep differences and refactorings) through the random
/// search and the symbolic engine and prints found / proven / bounded / unknown per class.
/// </summary>
public static class BenchCommand
{
    public const string DefaultCorpus = "tests/data/equivalence-corpus";

    /// <summary>The <c>equiv</c> subcommand of <c>plcfleet bench</c>.</summary>
    public static Command Equiv()
    {
        var corpus = new Option<string?>("--corpus") { Description = $"Corpus folder with cases.yaml (default: {DefaultCorpus} in this or a parent folder)" };
        var random = new Option<string>("--random-budget") { Description = "Random search time per case", DefaultValueFactory = _ => "1s" };
        var symbolic = new Option<string>("--symbolic-budget") { Description = "Symbolic engine time per case", DefaultValueFactory = _ => "10s" };
        var only = new Option<string?>("--class") { Description = "Only the cases of this class (repetition, long-time, values, ...)" };
        var equiv = new Command("equiv", "Equivalence corpus: differences found and refactorings proven, per class") { corpus, random, symbolic, only };
        equiv.SetAction(parse => Run(parse.GetValue(corpus), parse.GetValue(random)!, parse.GetValue(symbolic)!, parse.GetValue(only)));
        return equiv;
    }

    private static int Run(string? corpus, string randomBudget, string symbolicBudget, string? only)
    {
        if (!IecTime.TryParse(randomBudget, out TimeSpan random, out var error) || !IecTime.TryParse(symbolicBudget, out TimeSpan symbolic, out error))
        {
            Console.Error.WriteLine($"plcfleet bench equiv: a budget expects a duration such as 2s: {error}");
            return ExitCodes.UsageError;
        }

        var folder = corpus ?? FindCorpus();
        if (folder is null || !File.Exists(Path.Combine(folder, EquivalenceCorpus.ManifestName)))
        {
            Console.Error.WriteLine($"plcfleet bench equiv: no {EquivalenceCorpus.ManifestName} in {folder ?? DefaultCorpus}; pass --corpus");
            return ExitCodes.UsageError;
        }

        IReadOnlyList<CorpusCase> cases;
        try
        {
            cases = EquivalenceCorpus.Load(folder);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or YamlDotNet.Core.YamlException or KeyNotFoundException or InvalidCastException)
        {
            Console.Error.WriteLine($"plcfleet bench equiv: {e.Message}");
            return ExitCodes.UsageError;
        }

        cases = [.. cases.Where(c => only is null || string.Equals(c.Class, only, StringComparison.OrdinalIgnoreCase))];
        var outcomes = CorpusRun.Run(cases, random, symbolic, progress: o => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{o.Verdict,-8} {(o.IsWrong ? "WRONG " : string.Empty)}{o.Case.Class,-13} {o.Case.Name} [random {(o.RandomFound ? "found" : "-")}; symbolic {o.Symbolic.Label}, {o.Symbolic.Elapsed.TotalSeconds:0.00} s]")));
        Console.WriteLine();
        Console.Write(CorpusRun.Summary(outcomes));
        var times = outcomes.Select(o => o.Symbolic.Elapsed.TotalSeconds).Order().ToList();
        if (times.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"symbolic time per case: median {times[times.Count / 2]:0.00} s, max {times[^1]:0.00} s"));
        }

        return outcomes.Any(o => o.IsWrong) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string? FindCorpus()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, DefaultCorpus);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
