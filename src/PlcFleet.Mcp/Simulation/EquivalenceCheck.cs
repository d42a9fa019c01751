using System.Globalization;
using PlcFleet.Mcp.Answers;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Symbolic;
using PlcFleet.Verification.Equivalence;
using PlcFleet.Verification.Simulation;

namespace PlcFleet.Mcp.Simulation;

/// <summary>
/// The MCP side of <see cref="ProgramComparison"/> (the same comparison as <c>plcfleet equiv</c> and the verifier): the
/// answer is one line when the change is proven or bounded equivalent, else the first divergent cycle and the shrunk
/// input trace, or why equivalence is unknown (never a pass).
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

        var equivalent = new List<ProgramComparison>();
        foreach (var program in programs)
        {
            var compiledBefore = before.Compile(program);
            var compiledAfter = after.Compile(program);
            if (compiledBefore.Program is null || compiledAfter.Program is null)
            {
                var errors = compiledBefore.Errors.Select(e => "before: " + e).Concat(compiledAfter.Errors.Select(e => "after: " + e)).ToList();
                return ToolAnswer.Failure(AgentAnswer.Compose($"equiv: NOT RUN ({program} cannot be simulated)", errors));
            }

            var comparison = ProgramComparison.Run(before, after, program, compiledBefore.Program, compiledAfter.Program, new ComparisonSettings
            {
                Seed = request.Seed,
                RandomTraces = request.RandomTraces,
                RandomBudget = request.TimeBudget / 2,
                SymbolicBudget = request.TimeBudget / 2,
                AllowedToChange = request.AllowedToChange,
            });
            if (!comparison.Random.IsEquivalent)
            {
                return ToolAnswer.Failure(Divergent(program, comparison.Random));
            }

            if (comparison.Symbolic is { Outcome: SymbolicOutcome.Differs or SymbolicOutcome.Unknown } verdict)
            {
                var lines = verdict.ToText(comparison.Options.CycleTime).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToList();
                return ToolAnswer.Failure(AgentAnswer.Compose(verdict.Outcome == SymbolicOutcome.Differs
                    ? $"equiv: NOT EQUIVALENT ({program}: {verdict.Reason})"
                    : $"equiv: NOT PROVEN ({program}: random traces found no difference, but equivalence is unknown: {verdict.Reason})", lines));
            }

            equivalent.Add(comparison);
        }

        var traces = equivalent.Sum(e => e.Random.TracesRun);
        var cycles = equivalent.Sum(e => e.Random.CyclesRun).ToString("N0", CultureInfo.InvariantCulture);
        var budget = equivalent.Any(e => e.Random.BudgetExhausted) ? "; stopped at the time budget" : "";
        var verdicts = string.Join(", ", equivalent.Select(e => $"{e.Program}: {e.Symbolic?.Label ?? "not proven"}"));
        return ToolAnswer.Passed($"equiv: EQUIVALENT ({verdicts}; {traces} traces, {cycles} cycles, seed {equivalent[0].Random.Seed}{budget})");
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
