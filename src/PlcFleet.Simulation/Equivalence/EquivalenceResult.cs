using System.Globalization;
using System.Text;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>The verdict of a before/after comparison, as data and as text.</summary>
public sealed record EquivalenceResult(
    int Seed,
    int TracesRun,
    long CyclesRun,
    SearchStop StoppedBy,
    Counterexample? Counterexample,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> ComparedSignals,
    TimeSpan CycleTime)
{
    /// <summary>Wall time of the search (shrinking not included).</summary>
    public TimeSpan SearchTime { get; init; }

    /// <summary>Traces explored per second of search.</summary>
    public double TracesPerSecond => SearchTime > TimeSpan.Zero ? TracesRun / SearchTime.TotalSeconds : 0;

    /// <summary>True when the wall-time budget, not the trace count or a difference, ended the search.</summary>
    public bool BudgetExhausted => StoppedBy == SearchStop.TimeBudget;

    /// <summary>True when no difference was found within the budget and the signals match up.</summary>
    public bool IsEquivalent => Counterexample is null && Problems.Count == 0;

    /// <summary>How hard the search looked, with wall-clock rates (kept out of <see cref="ToText"/>, which a seed replays exactly).</summary>
    public string SearchSummary() => string.Create(CultureInfo.InvariantCulture,
        $"explored {Count(TracesRun, "trace")}, {Count(CyclesRun, "cycle")} in {SearchTime.TotalSeconds:0.00} s ({TracesPerSecond:0} traces/s, {Rate(CyclesRun)} cycles/s)");

    public string ToText()
    {
        var sb = new StringBuilder();
        if (IsEquivalent)
        {
            sb.Append(CultureInfo.InvariantCulture, $"EQUIVALENT: no difference in {ComparedSignals.Count} compared signals over {TracesRun} traces, {CyclesRun} cycles (seed {Seed})");
            sb.AppendLine(StoppedBy switch
            {
                SearchStop.TimeBudget => "; stopped at the time budget",
                SearchStop.ScanLimit => "; stopped at the scan limit",
                _ => "; ran every requested trace",
            });
            return sb.ToString();
        }

        sb.AppendLine("NOT EQUIVALENT");
        foreach (var problem in Problems)
        {
            sb.Append("  ").AppendLine(problem);
        }

        if (Counterexample is { } c)
        {
            sb.Append("  ").AppendLine(c.Divergence.ToString());
            sb.Append(CultureInfo.InvariantCulture, $"  found by {c.Source} (seed {Seed}; replay with the same seed), {Count(c.Original.TotalCycles, "cycle")} in {Count(c.Original.Segments.Count, "segment")}");
            sb.AppendLine();
            sb.Append(CultureInfo.InvariantCulture, $"  minimal input trace ({Count(c.Shrunk.Segments.Count, "segment")}, {Count(c.Shrunk.TotalCycles, "cycle")}, {Count(c.ShrinkReplays, "replay")} to shrink):");
            sb.AppendLine();
            sb.Append(c.Shrunk.ToText(CycleTime, "    "));
            if (c.Replay.Rows.Count > 0)
            {
                sb.AppendLine("  replayed:");
                sb.Append(c.Replay.ToText("    "));
            }
        }

        return sb.ToString();
    }

    private string Rate(long n) => SearchTime > TimeSpan.Zero ? (n / SearchTime.TotalSeconds).ToString("0", CultureInfo.InvariantCulture) : "0";

    private static string Count(long n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
