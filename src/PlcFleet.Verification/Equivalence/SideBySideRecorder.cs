using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Equivalence;

/// <summary>
/// Replays one input trace on fresh before and after instances and records, scan by scan, the inputs it changes and
/// each compared output before and after: the waveform a reviewer sees when nothing diverged.
/// </summary>
public static class SideBySideRecorder
{
    private const int MaxInputs = 4;

    public static Waveform Record(
        Func<IProgramInstance> createBefore,
        Func<IProgramInstance> createAfter,
        InputTrace trace,
        IReadOnlyList<string> outputs,
        TimeSpan cycleTime,
        int maxCycles)
    {
        var before = createBefore();
        var after = createAfter();
        var inputs = trace.Segments.SelectMany(s => s.Changes.Keys).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(name => before.FindSignal(name) is { Direction: SignalDirection.Input } && after.FindSignal(name) is { Direction: SignalDirection.Input })
            .Take(MaxInputs)
            .ToList();
        var shown = outputs.Where(name => before.FindSignal(name) is not null && after.FindSignal(name) is not null).ToList();
        var signals = inputs.Concat(shown.SelectMany(o => new[] { $"{o} (before)", $"{o} (after)" })).ToList();
        var rows = new List<WaveformRow>();
        long cycle = 0;
        foreach (var segment in trace.Segments)
        {
            foreach (var (name, value) in segment.Changes)
            {
                if (before.FindSignal(name) is { Direction: SignalDirection.Input } && after.FindSignal(name) is { Direction: SignalDirection.Input } target)
                {
                    before.Set(name, value);
                    after.Set(target.Name, value.ConvertTo(target.Type));
                }
            }

            for (var i = 0; i < segment.HoldCycles && rows.Count < maxCycles; i++, cycle++)
            {
                var time = TimeSpan.FromTicks(cycleTime.Ticks * cycle);
                try
                {
                    before.RunScanCycle(time);
                    after.RunScanCycle(time);
                }
                catch (PlcRuntimeFault)
                {
                    // The waveform ends where a program faults; the equivalence check itself reports the fault.
                    return new Waveform(signals, rows);
                }

                var values = inputs.Select(n => before.Get(n).ToString())
                    .Concat(shown.SelectMany(o => new[] { before.Get(o).ToString(), after.Get(o).ToString() }))
                    .ToList();
                rows.Add(new WaveformRow(cycle, time.TotalMilliseconds, values));
            }
        }

        return new Waveform(signals, rows);
    }

    /// <summary>The replay table of a counterexample (changed inputs, the diverging signal before and after) as a waveform.</summary>
    public static Waveform FromTable(SignalTable table, int maxCycles) =>
        new(table.Signals, table.Rows.TakeLast(maxCycles).Select(r => new WaveformRow(r.Cycle, r.Time.TotalMilliseconds, r.Values.Select(v => v.ToString()).ToList())).ToList());
}
