using System.Globalization;
using PlcFleet.Mcp.Answers;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Verification.Simulation;

namespace PlcFleet.Mcp.Simulation;

/// <summary>
/// Differential simulation of a change: the same input traces (the site's scenarios, then seeded random ones) run on a
/// PROGRAM before and after; the answer is one line when no output differs, else the first divergent cycle and the
/// shrunk input trace that still shows it.
/// </summary>
public static class EquivalenceCheck
{
    public static ToolAnswer Run(EquivalenceRequest request)
    {
        var before = SiteSimulator.Open(request.Before, out var beforeError);
        var after = SiteSimulator.Open(request.After, out var afterError);
        if (before is null || after is null)
        {
            return ToolAnswer.Failure($"equiv: NOT RUN ({(before is null ? "before: " + beforeError : "after: " + afterError)})");
        }

        var programs = request.Program is { Length: > 0 } named ? [named] : before.ProgramsUnderTest();
        if (programs.Count == 0)
        {
            return ToolAnswer.Failure($"equiv: NOT RUN (no PROGRAM in '{request.Before}')");
        }

        var equivalent = new List<(string Program, EquivalenceResult Result)>();
        foreach (var program in programs)
        {
            var compiledBefore = before.Compile(program);
            var compiledAfter = after.Compile(program);
            if (compiledBefore.Program is null || compiledAfter.Program is null)
            {
                var errors = compiledBefore.Errors.Select(e => "before: " + e).Concat(compiledAfter.Errors.Select(e => "after: " + e)).ToList();
                return ToolAnswer.Failure(AgentAnswer.Compose($"equiv: NOT RUN ({program} cannot be simulated)", errors));
            }

            var scenarioTraces = before.ScenarioTraces(program, compiledBefore.Program);
            var options = new EquivalenceOptions
            {
                Seed = request.Seed,
                RandomTraces = request.RandomTraces,
                CycleTime = compiledBefore.Program.CycleTime,
                TimerPresets = before.TimerPresets(),
                Traces = scenarioTraces,
                AllowedToChange = request.AllowedToChange,
                TimeBudget = request.TimeBudget,
            };
            var result = EquivalenceChecker.Check(compiledBefore.Program.CreateInstance, compiledAfter.Program.CreateInstance, options);
            if (!result.IsEquivalent)
            {
                return ToolAnswer.Failure(Divergent(program, result));
            }

            equivalent.Add((program, result));
        }

        var traces = equivalent.Sum(e => e.Result.TracesRun);
        var cycles = equivalent.Sum(e => e.Result.CyclesRun).ToString("N0", CultureInfo.InvariantCulture);
        var budget = equivalent.Any(e => e.Result.BudgetExhausted) ? "; stopped at the time budget" : "";
        return ToolAnswer.Passed($"equiv: EQUIVALENT ({string.Join(", ", equivalent.Select(e => e.Program))}: {traces} traces, {cycles} cycles, seed {equivalent[0].Result.Seed}{budget})");
    }

    private static string Divergent(string program, EquivalenceResult result)
    {
        // The result's own text is short up to the replay table; of the table only the scans up to the divergence matter.
        var lines = result.ToText().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith("NOT EQUIVALENT", StringComparison.Ordinal))
            .Select(line => line.StartsWith("  ", StringComparison.Ordinal) ? line[2..] : line)
            .ToList();
        var replay = lines.FindIndex(line => line.StartsWith("replayed:", StringComparison.Ordinal));
        if (replay >= 0 && replay + 2 < lines.Count)
        {
            var room = AgentAnswer.MaxLines - 1 - (replay + 2);
            var rows = lines.Count - (replay + 2);
            if (rows > room && room > 0)
            {
                lines = [.. lines.Take(replay), $"replayed (last {room} scans):", lines[replay + 1], .. lines.Skip(lines.Count - room)];
            }
        }

        return AgentAnswer.Compose($"equiv: NOT EQUIVALENT ({program}, seed {result.Seed}; pass this seed to replay)", lines);
    }
}
