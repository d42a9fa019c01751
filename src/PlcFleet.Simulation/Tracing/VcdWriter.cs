using System.Globalization;
using System.Text;
using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tracing;

/// <summary>
/// Writes a Value Change Dump (IEEE 1364 §18) that GTKWave opens: BOOL as 1-bit wires, integers as vectors of their
/// IEC width (<c>b1010 !</c>, two's complement), REAL/LREAL as <c>r</c> values, TIME as a 64-bit integer of
/// nanoseconds. Dotted names (<c>Conveyor1.Running</c>) become nested scopes. STRING signals have no VCD form and
/// are left out. Only changes are written after the initial <c>$dumpvars</c>.
/// </summary>
public sealed class VcdWriter
{
    private readonly TextWriter _output;
    private readonly List<Channel> _channels = [];
    private readonly TimeSpan _resolution;
    private bool _headerWritten;
    private long _lastTimestamp = -1;

    public VcdWriter(TextWriter output, string moduleName, IEnumerable<SignalInfo> signals, TimeSpan? resolution = null)
    {
        _output = output;
        ModuleName = moduleName;
        _resolution = resolution ?? TimeSpan.FromMicroseconds(1);
        var index = 0;
        foreach (var signal in signals.Where(s => s.Type.Kind != PlcValueKind.String))
        {
            _channels.Add(new Channel(signal, Identifier(index++)));
        }
    }

    public string ModuleName { get; }

    public IReadOnlyList<SignalInfo> Signals => _channels.Select(c => c.Signal).ToList();

    /// <summary>Records the signals' values at <paramref name="time"/>; call once per scan, in time order.</summary>
    public void WriteCycle(TimeSpan time, Func<string, PlcValue> read)
    {
        if (!_headerWritten)
        {
            WriteHeader();
        }

        var timestamp = time.Ticks / _resolution.Ticks;
        var first = _lastTimestamp < 0;
        var changes = new StringBuilder();
        foreach (var channel in _channels)
        {
            var value = Encode(channel.Signal, read(channel.Signal.Name));
            if (first || value != channel.Last)
            {
                channel.Last = value;
                changes.Append(value).Append(channel.Signal.Type.Kind == PlcValueKind.Bool ? string.Empty : " ").Append(channel.Id).Append('\n');
            }
        }

        if (first)
        {
            _output.Write($"#{timestamp}\n$dumpvars\n{changes}$end\n");
        }
        else if (changes.Length > 0 && timestamp > _lastTimestamp)
        {
            _output.Write($"#{timestamp}\n{changes}");
        }
        else if (changes.Length > 0)
        {
            _output.Write(changes.ToString());
        }

        _lastTimestamp = Math.Max(_lastTimestamp, timestamp);
    }

    /// <summary>Ends the dump with a final timestamp so viewers show the last values' full length.</summary>
    public void Finish(TimeSpan endTime)
    {
        if (!_headerWritten)
        {
            WriteHeader();
        }

        var timestamp = endTime.Ticks / _resolution.Ticks;
        if (timestamp > _lastTimestamp)
        {
            _output.Write($"#{timestamp}\n");
            _lastTimestamp = timestamp;
        }

        _output.Flush();
    }

    private void WriteHeader()
    {
        _headerWritten = true;
        _output.Write("$version PlcFleet scan-cycle simulator $end\n");
        _output.Write($"$timescale {FormatResolution(_resolution)} $end\n");
        WriteScope(ModuleName, _channels.Select(c => (Path: c.Signal.Name.Split('.'), Channel: c)).ToList(), 0);
        _output.Write("$enddefinitions $end\n");
    }

    private void WriteScope(string name, List<(string[] Path, Channel Channel)> members, int depth)
    {
        _output.Write($"$scope module {name} $end\n");
        foreach (var (path, channel) in members.Where(m => m.Path.Length == depth + 1))
        {
            _output.Write($"$var {VarType(channel.Signal.Type)} {Width(channel.Signal.Type)} {channel.Id} {path[depth]} $end\n");
        }

        foreach (var group in members.Where(m => m.Path.Length > depth + 1).GroupBy(m => m.Path[depth], StringComparer.OrdinalIgnoreCase))
        {
            WriteScope(group.Key, group.ToList(), depth + 1);
        }

        _output.Write("$upscope $end\n");
    }

    private static string VarType(PlcType type) => type.Kind switch
    {
        PlcValueKind.Bool => "wire",
        PlcValueKind.Real => "real",
        _ => "integer",
    };

    private static int Width(PlcType type) => type.Kind switch
    {
        PlcValueKind.Bool => 1,
        PlcValueKind.Real => 64,
        PlcValueKind.Time => 64,
        _ => type.BitWidth,
    };

    private static string Encode(SignalInfo signal, PlcValue value)
    {
        switch (signal.Type.Kind)
        {
            case PlcValueKind.Bool:
                return value.AsBool ? "1" : "0";
            case PlcValueKind.Real:
                return "r" + value.AsReal.ToString("R", CultureInfo.InvariantCulture);
            default:
                var width = Width(signal.Type);
                var bits = unchecked((ulong)value.AsInteger);
                if (width < 64)
                {
                    bits &= (1UL << width) - 1;
                }

                var binary = Convert.ToString(unchecked((long)bits), 2);
                return "b" + binary;
        }
    }

    /// <summary>VCD identifiers: printable ASCII from '!' (33) to '~' (126), base 94.</summary>
    private static string Identifier(int index)
    {
        var sb = new StringBuilder();
        do
        {
            sb.Append((char)(33 + (index % 94)));
            index /= 94;
        }
        while (index-- > 0);
        return sb.ToString();
    }

    private static string FormatResolution(TimeSpan resolution)
    {
        var ns = resolution.Ticks * 100;
        return ns switch
        {
            _ when ns % 1_000_000_000 == 0 => $"{ns / 1_000_000_000}s",
            _ when ns % 1_000_000 == 0 => $"{ns / 1_000_000}ms",
            _ when ns % 1_000 == 0 => $"{ns / 1_000}us",
            _ => $"{ns}ns",
        };
    }

    private sealed class Channel(SignalInfo signal, string id)
    {
        public SignalInfo Signal { get; } = signal;

        public string Id { get; } = id;

        public string? Last { get; set; }
    }
}
