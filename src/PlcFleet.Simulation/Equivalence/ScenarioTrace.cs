using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Signals;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Scenarios;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>Turns a scenario's initial values and <c>set</c> steps into an input trace for the equivalence check.</summary>
public static class ScenarioTrace
{
    /// <param name="replayCycleTime">
    /// The cycle time the equivalence check replays with (<see cref="EquivalenceOptions.CycleTime"/>): the scenario's
    /// absolute times are converted to scans of that length, so timers see the same times. Defaults to the
    /// scenario's own cycle, else 10 ms.
    /// </param>
    public static NamedTrace? FromScenario(Scenario scenario, IProgramInstance before, List<Diagnostic> diagnostics, TimeSpan? replayCycleTime = null, SignalDirectory? signals = null)
    {
        var bound = ScenarioBinder.Bind(scenario, before, diagnostics, signals);
        if (bound is null)
        {
            return null;
        }

        var cycle = replayCycleTime ?? scenario.Cycle ?? ScanCycleRunner.DefaultCycleTime;
        // The default duration follows the scenario's own cycle, as when the scenario runs on its own.
        var duration = scenario.Duration ?? (scenario.Steps.Count == 0 ? TimeSpan.Zero : scenario.Steps.Max(s => s.End)) + (scenario.Cycle ?? cycle);
        var totalCycles = (int)Math.Max(1, Math.Ceiling(duration / cycle));
        var changesByCycle = new SortedDictionary<int, Dictionary<string, PlcValue>> { [0] = new(StringComparer.OrdinalIgnoreCase) };
        foreach (var set in bound.Initial.Concat(bound.Sets))
        {
            var at = Math.Min((int)Math.Ceiling(set.At / cycle), totalCycles - 1);
            if (!changesByCycle.TryGetValue(at, out var changes))
            {
                changesByCycle[at] = changes = new Dictionary<string, PlcValue>(StringComparer.OrdinalIgnoreCase);
            }

            changes[set.Signal.Name] = set.Value;
        }

        // A warm restart happens before the scan at its time, as the scenario runner does it.
        var restarts = scenario.Steps.Where(s => s.WarmRestart).Select(s => Math.Min((int)Math.Ceiling(s.At / cycle), totalCycles - 1)).ToHashSet();
        foreach (var at in restarts.Where(at => !changesByCycle.ContainsKey(at)))
        {
            changesByCycle[at] = new Dictionary<string, PlcValue>(StringComparer.OrdinalIgnoreCase);
        }

        var starts = changesByCycle.Keys.ToList();
        var segments = starts.Select((start, i) =>
            new TraceSegment((i + 1 < starts.Count ? starts[i + 1] : totalCycles) - start, changesByCycle[start], restarts.Contains(start))).ToList();
        return new NamedTrace($"scenario '{scenario.Name}' ({scenario.Source.Path})", new InputTrace(segments));
    }
}
