using System.Globalization;
using System.Text;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>
/// Input values over scans, as a list of segments (change some inputs, hold for N scans). Both the random generator
/// and scenario files produce these; the shrinker works on segments, holds and values.
/// </summary>
public sealed record InputTrace(IReadOnlyList<TraceSegment> Segments)
{
    public static InputTrace Empty { get; } = new([]);

    public int TotalCycles => Segments.Sum(s => s.HoldCycles);

    /// <summary>The first scan of each segment.</summary>
    public IEnumerable<(int StartCycle, TraceSegment Segment)> Timeline()
    {
        var cycle = 0;
        foreach (var segment in Segments)
        {
            yield return (cycle, segment);
            cycle += segment.HoldCycles;
        }
    }

    /// <summary>The value of every input the trace sets, as it stands after the last segment.</summary>
    public IReadOnlyDictionary<string, PlcValue> InputsAtEnd()
    {
        var inputs = new Dictionary<string, PlcValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (signal, value) in Segments.SelectMany(s => s.Changes))
        {
            inputs[signal] = value;
        }

        return inputs;
    }

    /// <summary>Cuts the trace after <paramref name="cycles"/> scans.</summary>
    public InputTrace Truncate(int cycles)
    {
        var result = new List<TraceSegment>();
        var remaining = cycles;
        foreach (var segment in Segments)
        {
            if (remaining <= 0)
            {
                break;
            }

            result.Add(segment.HoldCycles <= remaining ? segment : segment.WithHold(remaining));
            remaining -= segment.HoldCycles;
        }

        return new InputTrace(result);
    }

    public bool Equals(InputTrace? other) => other is not null && Segments.SequenceEqual(other.Segments);

    public override int GetHashCode() => Segments.Count;

    /// <summary>
    /// One line per input change: <c>cycle 12 (120ms): EStop_OK := FALSE; hold 30 cycles</c>. A segment that changes
    /// nothing (what shrinking leaves behind) only lengthens the hold of the line before it.
    /// </summary>
    public string ToText(TimeSpan cycleTime, string indent = "")
    {
        var lines = new List<(int Start, string Changes, int Hold)>();
        foreach (var (start, segment) in Timeline())
        {
            if (segment.Changes.Count == 0 && !segment.WarmRestart && lines.Count > 0)
            {
                lines[^1] = lines[^1] with { Hold = lines[^1].Hold + segment.HoldCycles };
                continue;
            }

            var changes = segment.Changes.Count == 0
                ? "(no change)"
                : string.Join(", ", segment.Changes.OrderBy(c => c.Key, StringComparer.OrdinalIgnoreCase).Select(c => $"{c.Key} := {c.Value}"));
            if (segment.WarmRestart)
            {
                changes = "warm restart; " + changes;
            }
            lines.Add((start, changes, segment.HoldCycles));
        }

        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count;)
        {
            var (start, changes, hold) = lines[i];
            var time = IecTime.FormatShort(TimeSpan.FromTicks(cycleTime.Ticks * start));

            // A pulse train (a part sensor toggled 30,000 times) reads as one line, not 60,000.
            var repeats = Repeats(lines, i);
            if (repeats >= 3)
            {
                var (_, next, nextHold) = lines[i + 1];
                sb.Append(indent).Append(CultureInfo.InvariantCulture,
                    $"cycle {start} ({time}): {repeats} times [{changes}; hold {Cycles(hold)}, then {next}; hold {Cycles(nextHold)}]").AppendLine();
                i += 2 * repeats;
                continue;
            }

            sb.Append(indent).Append(CultureInfo.InvariantCulture, $"cycle {start} ({time}): {changes}; hold {Cycles(hold)}").AppendLine();
            i++;
        }

        return sb.ToString();
    }

    private static string Cycles(int n) => n == 1 ? "1 cycle" : $"{n} cycles";

    /// <summary>How many times the pair of lines starting at <paramref name="i"/> repeats back to back.</summary>
    private static int Repeats(List<(int Start, string Changes, int Hold)> lines, int i)
    {
        var count = 0;
        while (i + (2 * count) + 1 < lines.Count
            && lines[i + (2 * count)].Changes == lines[i].Changes && lines[i + (2 * count)].Hold == lines[i].Hold
            && lines[i + (2 * count) + 1].Changes == lines[i + 1].Changes && lines[i + (2 * count) + 1].Hold == lines[i + 1].Hold)
        {
            count++;
        }

        return count;
    }
}
