using System.Globalization;
using System.Text;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.Simulation.Values;

/// <summary>
/// IEC 61131-3 durations for the simulator: parsed by the language core's grammar, formatted largest unit first.
/// Durations are held in nanoseconds, as LTIME does.
/// </summary>
public static class IecTime
{
    private static readonly (string Unit, long Nanoseconds)[] Units =
    [
        ("d", 86_400_000_000_000L),
        ("h", 3_600_000_000_000L),
        ("ms", 1_000_000L),
        ("m", 60_000_000_000L),
        ("s", 1_000_000_000L),
        ("us", 1_000L),
        ("ns", 1L),
    ];

    /// <summary>The language core's duration grammar (<see cref="DurationText"/>), so a scenario reads T#... as ST does.</summary>
    public static bool TryParse(string text, out long nanoseconds, out string error) => DurationText.TryParse(text, out nanoseconds, out error);

    public static bool TryParse(string text, out TimeSpan duration, out string error)
    {
        var ok = TryParse(text, out long ns, out error);
        duration = FromNanoseconds(ns);
        return ok;
    }

    public static TimeSpan FromNanoseconds(long nanoseconds) => TimeSpan.FromTicks(nanoseconds / 100);

    public static long ToNanoseconds(TimeSpan duration) => duration.Ticks * 100;

    /// <summary>The IEC literal, largest unit first: <c>T#1m30s</c>, <c>T#1s500ms</c>, <c>T#0s</c>.</summary>
    public static string Format(long nanoseconds)
    {
        if (nanoseconds == 0)
        {
            return "T#0s";
        }

        var sb = new StringBuilder("T#");
        if (nanoseconds < 0)
        {
            sb.Append('-');
        }

        var rest = nanoseconds == long.MinValue ? long.MaxValue : Math.Abs(nanoseconds);
        foreach (var (unit, size) in Units.OrderByDescending(u => u.Nanoseconds))
        {
            var count = rest / size;
            if (count > 0)
            {
                sb.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
                rest -= count * size;
            }
        }

        return sb.ToString();
    }

    public static string Format(TimeSpan duration) => Format(ToNanoseconds(duration));

    /// <summary>Short form without the T# prefix, for tables and messages: <c>250ms</c>, <c>1s500ms</c>.</summary>
    public static string FormatShort(TimeSpan duration) => Format(duration)[2..];
}
