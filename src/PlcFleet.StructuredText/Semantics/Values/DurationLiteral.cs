using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// <c>T#1d2h3m4s5ms6us7ns</c>, <c>T#1.5s</c>, <c>TIME#-250ms</c>, <c>LT#...</c>: units from days down to
/// nanoseconds, largest first, each at most once, <c>_</c> allowed between them. Only the first unit may exceed its
/// natural limit (<c>T#90m</c>), only the last may have a fraction.
/// </summary>
internal static class DurationLiteral
{
    // TIME is 32-bit milliseconds on most PLCs (CODESYS: up to T#49d17h2m47s295ms); LTIME is 64-bit nanoseconds.
    private const long MaxTimeNanoseconds = 4_294_967_295L * DurationValue.NanosecondsPerMillisecond;

    private static readonly (string Unit, long Nanoseconds, long Limit)[] Units =
    [
        ("d", 86_400_000_000_000, long.MaxValue),
        ("h", 3_600_000_000_000, 24),
        ("m", 60_000_000_000, 60),
        ("s", 1_000_000_000, 60),
        ("ms", 1_000_000, 1000),
        ("us", 1_000, 1000),
        ("ns", 1, 1000),
    ];

    public static LiteralResult Parse(string text, int start, ElementaryType type)
    {
        var pos = start;
        var negative = false;
        if (pos < text.Length && text[pos] is '-' or '+')
        {
            negative = text[pos] == '-';
            pos++;
        }

        if (pos >= text.Length)
        {
            return LiteralResult.Fail(pos, "expected a duration such as 1s or 250ms");
        }

        decimal total = 0;
        var lastUnit = -1;
        var hadFraction = false;
        while (pos < text.Length)
        {
            if (hadFraction)
            {
                return LiteralResult.Fail(pos, "only the last unit of a duration may have a fraction");
            }

            if (lastUnit >= 0 && text[pos] == '_')
            {
                pos++;
            }

            var numberStart = pos;
            while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || (text[pos] == '_' && pos > numberStart)))
            {
                pos++;
            }

            if (pos == numberStart)
            {
                return LiteralResult.Fail(pos, pos < text.Length ? $"unexpected '{text[pos]}' in duration" : "expected a number");
            }

            if (pos < text.Length && text[pos] == '.')
            {
                hadFraction = true;
                pos++;
                var fractionStart = pos;
                while (pos < text.Length && char.IsAsciiDigit(text[pos]))
                {
                    pos++;
                }

                if (pos == fractionStart)
                {
                    return LiteralResult.Fail(pos, "expected digits after '.'");
                }
            }

            var number = decimal.Parse(text[numberStart..pos].Replace("_", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            var unitStart = pos;
            var unit = ReadUnit(text, ref pos);
            if (unit < 0)
            {
                return LiteralResult.Fail(unitStart, "expected a unit: d, h, m, s, ms, us or ns");
            }

            if (unit <= lastUnit)
            {
                return LiteralResult.Fail(unitStart, $"unit '{Units[unit].Unit}' must come before '{Units[lastUnit].Unit}' and appear once");
            }

            if (lastUnit >= 0 && number >= Units[unit].Limit)
            {
                return LiteralResult.Fail(numberStart, $"{number}{Units[unit].Unit} is out of range; only the first unit may overflow");
            }

            try
            {
                total += number * Units[unit].Nanoseconds;
            }
            catch (OverflowException)
            {
                return LiteralResult.Fail(numberStart, $"duration does not fit {type.Name}");
            }

            lastUnit = unit;
        }

        var nanoseconds = decimal.Round(total, MidpointRounding.AwayFromZero);
        var max = type == ElementaryType.Time ? MaxTimeNanoseconds : long.MaxValue;
        if (nanoseconds > max)
        {
            var hint = type == ElementaryType.Time ? "; use LTIME" : "";
            return LiteralResult.Fail(start, $"duration does not fit {type.Name}{hint}");
        }

        var value = (long)nanoseconds;
        return LiteralResult.Typed(new DurationValue(negative ? -value : value, type));
    }

    private static int ReadUnit(string text, ref int pos)
    {
        // Longest match first: "ms" before "m", so T#5ms is five milliseconds.
        foreach (var candidate in new[] { "ms", "us", "ns", "d", "h", "m", "s" })
        {
            if (string.Compare(text, pos, candidate, 0, candidate.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                pos += candidate.Length;
                return Array.FindIndex(Units, u => u.Unit == candidate);
            }
        }

        return -1;
    }
}
