using System.Globalization;
using System.Text;

namespace PlcFleet.Simulation.Values;

/// <summary>
/// IEC 61131-3 duration literals: <c>T#1s500ms</c>, <c>TIME#1m30s</c>, <c>LT#2h</c>, bare <c>250ms</c>, <c>1.5s</c>
/// and underscores (<c>T#1_000ms</c>). Durations are held in nanoseconds, as LTIME does.
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

    public static bool TryParse(string text, out long nanoseconds, out string error)
    {
        nanoseconds = 0;
        error = string.Empty;
        var s = text.Trim().Replace("_", string.Empty, StringComparison.Ordinal);
        var hash = s.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            var prefix = s[..hash].ToUpperInvariant();
            if (prefix is not ("T" or "TIME" or "LT" or "LTIME"))
            {
                error = $"'{text}' is not a duration: use forms like 250ms, T#1s500ms or 1m30s";
                return false;
            }

            s = s[(hash + 1)..];
        }

        var negative = s.StartsWith('-');
        if (negative)
        {
            s = s[1..];
        }

        if (s.Length == 0)
        {
            error = $"'{text}' is not a duration: use forms like 250ms, T#1s500ms or 1m30s";
            return false;
        }

        var i = 0;
        decimal total = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (i == start || !decimal.TryParse(s[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                error = $"'{text}' is not a duration: expected a number at '{s[start..]}'";
                return false;
            }

            var unit = Units.FirstOrDefault(u => string.Compare(s, i, u.Unit, 0, u.Unit.Length, StringComparison.OrdinalIgnoreCase) == 0
                && !(u.Unit == "m" && i + 1 < s.Length && char.ToLowerInvariant(s[i + 1]) == 's'));
            if (unit.Unit is null)
            {
                error = $"'{text}' is not a duration: missing or unknown unit (d, h, m, s, ms, us, ns)";
                return false;
            }

            i += unit.Unit.Length;
            total += amount * unit.Nanoseconds;
        }

        if (total > long.MaxValue)
        {
            error = $"'{text}' is too long a duration";
            return false;
        }

        nanoseconds = (long)decimal.Round(total) * (negative ? -1 : 1);
        return true;
    }

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
