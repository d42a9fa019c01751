using System.Globalization;
using System.Text;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Runtime;

/// <summary>
/// A ring buffer of the last N scans of chosen signals: enough to explain a failure ("what led up to it")
/// without keeping a whole run in memory.
/// </summary>
public sealed class SignalHistory
{
    private readonly CycleSnapshot?[] _buffer;
    private long _count;

    public SignalHistory(IReadOnlyList<string> signals, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Signals = signals;
        _buffer = new CycleSnapshot?[capacity];
    }

    public IReadOnlyList<string> Signals { get; }

    public int Capacity => _buffer.Length;

    public int Count => (int)Math.Min(_count, _buffer.Length);

    public void Add(CycleSnapshot snapshot)
    {
        _buffer[_count % _buffer.Length] = snapshot;
        _count++;
    }

    /// <summary>The retained scans, oldest first.</summary>
    public IReadOnlyList<CycleSnapshot> Snapshots()
    {
        var result = new List<CycleSnapshot>(Count);
        for (var i = _count - Count; i < _count; i++)
        {
            result.Add(_buffer[i % _buffer.Length]!);
        }

        return result;
    }

    /// <summary>The retained scans of a subset of the signals, oldest first.</summary>
    public SignalTable Select(IEnumerable<string> signals)
    {
        var names = signals.Where(s => IndexOf(s) >= 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var indexes = names.Select(IndexOf).ToList();
        var rows = Snapshots().Select(s => new CycleSnapshot(s.Cycle, s.Time, indexes.Select(i => s.Values[i]).ToList())).ToList();
        return new SignalTable(names, rows);
    }

    public int IndexOf(string signal)
    {
        for (var i = 0; i < Signals.Count; i++)
        {
            if (string.Equals(Signals[i], signal, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>Recorded values of a few signals over a few scans, as shown in a failure report.</summary>
public sealed record SignalTable(IReadOnlyList<string> Signals, IReadOnlyList<CycleSnapshot> Rows)
{
    public static SignalTable Empty { get; } = new([], []);

    /// <summary>An aligned text table: one row per scan, one column per signal.</summary>
    public string ToText(string indent = "")
    {
        if (Rows.Count == 0)
        {
            return string.Empty;
        }

        var header = new List<string> { "cycle", "time" };
        header.AddRange(Signals);
        var lines = Rows.Select(r => new List<string> { r.Cycle.ToString(CultureInfo.InvariantCulture), IecTime.FormatShort(r.Time) }
            .Concat(r.Values.Select(v => v.ToString())).ToList()).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, lines.Max(l => l[i].Length))).ToList();
        var sb = new StringBuilder();
        sb.Append(indent).Append(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd()).AppendLine();
        foreach (var line in lines)
        {
            sb.Append(indent).Append(string.Join("  ", line.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()).AppendLine();
        }

        return sb.ToString();
    }
}
