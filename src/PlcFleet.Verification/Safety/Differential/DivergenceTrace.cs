using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// Replays a (shrunk) counterexample on fresh old and new scans and writes it down stretch by stretch as a safety
/// engineer reads it: when, which inputs change (and the scan step, when the trace moves the clock faster), where a warm
/// restart happens, and the safety output in the old and new code, up to the scan where they differ.
/// </summary>
public static class DivergenceTrace
{
    public static IReadOnlyList<TraceStep> Of(InputTrace trace, Func<WeakeningMonitor> start, WatchedOutput output, long divergenceCycle)
    {
        var monitor = start();
        var held = new Dictionary<string, PlcValue>(StringComparer.OrdinalIgnoreCase);
        var steps = new List<TraceStep>();
        var scan = 0;
        foreach (var segment in trace.Segments)
        {
            if (scan > divergenceCycle)
            {
                break;
            }

            if (segment.WarmRestart)
            {
                monitor.WarmRestart();
                foreach (var (name, value) in held)
                {
                    monitor.Set(name, value);
                }
            }

            foreach (var (name, value) in segment.Changes)
            {
                held[name] = value;
                monitor.Set(name, value);
            }

            var first = scan;
            var time = TimeSpan.Zero;
            for (var i = 0; i < segment.HoldCycles && scan <= divergenceCycle; i++, scan++)
            {
                monitor.RunScanCycle(TimeSpan.Zero);
                time = i == 0 ? monitor.Now : time;
            }

            var changes = segment.Changes.OrderBy(c => c.Key == ScanStep.Signal).ThenBy(c => c.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(c => c.Key, c => (c.Key == ScanStep.Signal ? monitor.Get(ScanStep.Signal) : c.Value).ToString(), StringComparer.OrdinalIgnoreCase);
            var before = monitor.Old.Get(output.OldSignal).ToString();
            var after = monitor.New.Get(output.NewSignal).ToString();
            if (changes.Count == 0 && !segment.WarmRestart && steps.Count > 0 && steps[^1].Before == before && steps[^1].After == after)
            {
                steps[^1] = steps[^1] with { Scans = steps[^1].Scans + (scan - first) };
                continue;
            }

            steps.Add(new TraceStep(first + 1, time, scan - first, segment.WarmRestart, changes, before, after));
        }

        return steps;
    }

    public static string ToText(IEnumerable<TraceStep> steps, string indent) =>
        string.Concat(steps.Select(s => indent + s + Environment.NewLine));
}
