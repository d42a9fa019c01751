using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Programs;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// The generated input traces of the differential check, in three families taken in turn: inputs changing every few
/// scans (edges, one-scan-earlier latches), inputs held for up to half a second, and inputs held longer than the
/// longest timer preset in either version (so a shortened timer or a new delay path gets to fire). All from one seed.
/// </summary>
public static class TraceFamilies
{
    private const int MinTimerHold = 40;
    private const int MaxTimerHold = 3000;

    public static IReadOnlyList<NamedTrace> Build(IReadOnlyList<SignalInfo> inputs, SimulationBudget budget, TimeSpan cycleTime, TimeSpan longestTimer)
    {
        var timerHold = (int)Math.Clamp(Math.Ceiling(1.3 * longestTimer.Ticks / cycleTime.Ticks) + 2, MinTimerHold, MaxTimerHold);
        var families = new (string Name, RandomTraceGenerator Generator, int Cycles)[]
        {
            ("fast changes", new RandomTraceGenerator(inputs, 1, 3), 240),
            ("held inputs", new RandomTraceGenerator(inputs, 1, 40), 400),
            ("timer-length holds", new RandomTraceGenerator(inputs, 1, timerHold), Math.Max(600, 4 * timerHold)),
        };
        var traces = new List<NamedTrace>();
        for (var i = 0; i < budget.Traces; i++)
        {
            var (name, generator, cycles) = families[i % families.Length];
            var seed = RandomTraceGenerator.TraceSeed(budget.Seed, i);
            traces.Add(new NamedTrace($"generated trace {i + 1} ({name}, seed {budget.Seed})", generator.Generate(seed, cycles)));
        }

        return traces;
    }

    /// <summary>
    /// The scan time to simulate with: the PLC's own, unless the longest timer would need thousands of scans to run out;
    /// then a coarser scan, so one trace still spans several timer periods (the order of events within a scan is unchanged).
    /// </summary>
    public static TimeSpan SimulatedCycle(TimeSpan plcCycle, TimeSpan longestTimer)
    {
        var coarse = TimeSpan.FromMilliseconds(Math.Ceiling(longestTimer.TotalMilliseconds / 100));
        return coarse > plcCycle ? coarse : plcCycle;
    }

    /// <summary>The longest TIME literal in the code: the horizon a trace must hold inputs for timers to matter.</summary>
    public static TimeSpan LongestTimeLiteral(params SiteAnalysis[] sites)
    {
        var longest = TimeSpan.Zero;
        foreach (var token in sites.SelectMany(s => s.Model.Project.Files).SelectMany(f => f.Syntax.Root.DescendantTokens()))
        {
            var text = token.Text;
            if (text.Length > 2 && text.Contains('#', StringComparison.Ordinal) && char.ToUpperInvariant(text[0]) is 'T' or 'L')
            {
                if (LiteralParser.Parse(text).Value is DurationValue duration)
                {
                    var span = TimeSpan.FromTicks(duration.Nanoseconds / 100);
                    longest = span > longest ? span : longest;
                }
            }
        }

        return longest;
    }
}
