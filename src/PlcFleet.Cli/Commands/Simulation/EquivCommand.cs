using System.CommandLine;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Symbolic;
using PlcFleet.Simulation.Values;
using PlcFleet.Verification.Equivalence;
using PlcFleet.Verification.Simulation;

namespace PlcFleet.Cli.Commands.Simulation;

/// <summary>
/// <c>plcfleet equiv BEFORE AFTER</c>: runs the same input traces (the site's scenarios plus seeded random ones) on a
/// PROGRAM before and after a change and reports the first scan where an output differs, with a shrunk trace; when
/// the random search finds nothing, the symbolic engine proves equivalence, bounds it, finds a deep difference (which
/// the simulator replays) or says it does not know. Half the budget goes to each.
/// </summary>
public static class EquivCommand
{
    public static Command Create()
    {
        var before = new Argument<string>("before") { Description = "The site folder before the change" };
        var after = new Argument<string>("after") { Description = "The site folder after the change" };
        var program = new Option<string?>("--program") { Description = "The PROGRAM to compare (default: every program the scenarios name, else every program)" };
        var seed = new Option<int?>("--seed") { Description = "Seed of the random traces, to replay a run exactly" };
        var traces = new Option<int?>("--traces") { Description = "Number of random input traces (default: as many as the budget allows)" };
        var budget = new Option<string>("--budget") { Description = "Time per program for everything (random search, shrinking, symbolic engine), e.g. 5s or T#30s", DefaultValueFactory = _ => "5s" };
        var randomOnly = new Option<bool>("--random-only") { Description = "Only the random differential search, no symbolic proof" };
        var writeScenario = new Option<string?>("--write-scenario") { Description = "Write a difference's input trace as a scenario file (expects the before program's values)" };
        var allow = new Option<string?>("--allow-change") { Description = "Comma-separated outputs the change is meant to alter" };
        var map = new Option<string[]>("--map") { Description = "Renamed signal, old=new (repeatable)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("equiv", "Check that a change keeps a program's observable behaviour (differential simulation)")
        {
            before, after, program, seed, traces, budget, allow, map, randomOnly, writeScenario,
        };
        command.SetAction(parse => Run(new EquivRequest(parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(program), parse.GetValue(seed),
            parse.GetValue(traces), parse.GetValue(allow), parse.GetValue(map) ?? [], parse.GetValue(budget)!)
        {
            RandomOnly = parse.GetValue(randomOnly),
            WriteScenario = parse.GetValue(writeScenario),
        }));
        return command;
    }

    public static int Run(EquivRequest request)
    {
        if (!IecTime.TryParse(request.Budget, out TimeSpan budget, out var budgetError) || budget <= TimeSpan.Zero)
        {
            Console.Error.WriteLine($"plcfleet equiv: --budget expects a duration such as 5s or T#30s: {(budget <= TimeSpan.Zero && budgetError.Length == 0 ? "it must be positive" : budgetError)}");
            return ExitCodes.UsageError;
        }

        var before = SiteSimulator.Open(request.Before, out var beforeError);
        var after = SiteSimulator.Open(request.After, out var afterError);
        if (before is null || after is null)
        {
            Console.Error.WriteLine($"plcfleet equiv: {beforeError ?? afterError}");
            return ExitCodes.UsageError;
        }

        var signalMap = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in request.Map.SelectMany(m => m.Split(',', StringSplitOptions.RemoveEmptyEntries)))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                Console.Error.WriteLine($"plcfleet equiv: --map expects old=new, not '{pair}'");
                return ExitCodes.UsageError;
            }

            signalMap[parts[0]] = parts[1];
        }

        var programs = request.Program is { } named ? [named] : before.ProgramsUnderTest();
        var allowed = (request.AllowChange ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var different = false;
        foreach (var name in programs)
        {
            var compiledBefore = before.Compile(name);
            var compiledAfter = after.Compile(name);
            if (compiledBefore.Program is null || compiledAfter.Program is null)
            {
                foreach (var error in compiledBefore.Errors.Select(e => $"before: {e}").Concat(compiledAfter.Errors.Select(e => $"after: {e}")))
                {
                    Console.Error.WriteLine($"plcfleet equiv: {name}: {error}");
                }

                return ExitCodes.UsageError;
            }

            var comparison = ProgramComparison.Run(before, after, name, compiledBefore.Program, compiledAfter.Program, new ComparisonSettings
            {
                Seed = request.Seed,
                RandomTraces = request.Traces,
                RandomBudget = request.RandomOnly ? budget : budget / 2,
                SymbolicBudget = request.RandomOnly ? TimeSpan.Zero : budget / 2,
                SignalMap = signalMap,
                AllowedToChange = allowed,
            });
            var (options, result) = (comparison.Options, comparison.Random);
            Console.WriteLine($"{name} (seed {result.Seed}):");
            Console.Write(EquivalenceText.Render(result));
            Console.WriteLine($"  {result.SearchSummary()}");
            different |= !result.IsEquivalent;
            if (result.Counterexample is { } counterexample)
            {
                WriteScenario(request, name, counterexample.Shrunk, counterexample.Divergence, options.CycleTime);
                continue;
            }

            if (comparison.Symbolic is not { } verdict)
            {
                continue;
            }

            Console.Write(verdict.ToText(options.CycleTime));
            different |= verdict.Outcome is SymbolicOutcome.Differs or SymbolicOutcome.Unknown;
            if (verdict is { Trace: { } trace, Divergence: { } divergence })
            {
                WriteScenario(request, name, trace, divergence, options.CycleTime);
            }
        }

        return different ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static void WriteScenario(EquivRequest request, string program, InputTrace trace, Divergence divergence, TimeSpan cycleTime)
    {
        if (request.WriteScenario is not { } path)
        {
            return;
        }

        File.WriteAllText(path, CounterexampleScenario.Write(program, trace, divergence, cycleTime));
        Console.WriteLine($"  scenario written to {path}");
    }
}
