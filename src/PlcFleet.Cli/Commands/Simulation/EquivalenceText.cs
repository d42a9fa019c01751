using System.Text;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Cli.Commands.Simulation;

/// <summary>
/// An equivalence result as <c>plcfleet equiv</c> prints it: the checker's report, with the replayed table cut to the
/// scans where a before/after pair differs plus a one-line count of the identical ones (52 rows of which 51 were the same).
/// </summary>
public static class EquivalenceText
{
    private const string ReplayHeading = "  replayed:";

    public static string Render(EquivalenceResult result)
    {
        var text = result.ToText();
        var replay = result.Counterexample?.Replay;
        var at = text.IndexOf(ReplayHeading, StringComparison.Ordinal);
        if (replay is null || replay.Rows.Count == 0 || at < 0)
        {
            return text;
        }

        var differing = replay.Rows.Where(row => Differs(replay.Signals, row)).ToList();
        var output = new StringBuilder(text[..at]);
        output.AppendLine($"  replayed {replay.Rows.Count} scan(s): {differing.Count} with a before/after difference shown, {replay.Rows.Count - differing.Count} identical not shown:");
        output.Append(new SignalTable(replay.Signals, differing).ToText("    "));
        return output.ToString();
    }

    /// <summary>A scan differs when any "X (before)" column holds another value than its "X (after)" column.</summary>
    private static bool Differs(IReadOnlyList<string> signals, CycleSnapshot row)
    {
        for (var i = 0; i < signals.Count; i++)
        {
            if (!signals[i].EndsWith(" (before)", StringComparison.Ordinal))
            {
                continue;
            }

            var after = signals[i][..^" (before)".Length] + " (after)";
            var j = signals.ToList().FindIndex(s => string.Equals(s, after, StringComparison.Ordinal));
            if (j >= 0 && !Equals(row.Values[i], row.Values[j]))
            {
                return true;
            }
        }

        return false;
    }
}
