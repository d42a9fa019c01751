using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// <c>D#2024-01-31</c>, <c>TOD#13:45:00.5</c> and <c>DT#2024-01-31-13:45:00</c> with their long forms. DATE and DT
/// are 32-bit seconds since 1970 on CODESYS (up to 2106-02-07); LDATE and LDT are 64-bit nanoseconds (up to 2262).
/// </summary>
internal static class DateTimeLiteral
{
    private static readonly DateOnly Epoch = new(1970, 1, 1);
    private static readonly DateTime ShortMax = DateTime.UnixEpoch.AddSeconds(uint.MaxValue);
    private static readonly DateTime LongMax = DateTime.UnixEpoch.AddTicks(long.MaxValue / 100);

    public static LiteralResult ParseDate(string text, int start, ElementaryType type)
    {
        var pos = start;
        if (ReadDate(text, ref pos, out var date) is { } error)
        {
            return error;
        }

        if (pos < text.Length)
        {
            return LiteralResult.Fail(pos, $"unexpected '{text[pos]}' after the date");
        }

        return CheckRange(date.ToDateTime(TimeOnly.MinValue), type, start)
            ?? LiteralResult.Typed(new DateValue(date, type));
    }

    public static LiteralResult ParseTimeOfDay(string text, int start, ElementaryType type)
    {
        var pos = start;
        if (ReadTimeOfDay(text, ref pos, out var nanoseconds) is { } error)
        {
            return error;
        }

        return pos < text.Length
            ? LiteralResult.Fail(pos, $"unexpected '{text[pos]}' after the time of day")
            : LiteralResult.Typed(new TimeOfDayValue(nanoseconds, type));
    }

    public static LiteralResult ParseDateAndTime(string text, int start, ElementaryType type)
    {
        var pos = start;
        if (ReadDate(text, ref pos, out var date) is { } error)
        {
            return error;
        }

        if (pos >= text.Length || text[pos] != '-')
        {
            return LiteralResult.Fail(pos, "expected '-' and the time of day after the date");
        }

        pos++;
        if (ReadTimeOfDay(text, ref pos, out var nanoseconds) is { } timeError)
        {
            return timeError;
        }

        if (pos < text.Length)
        {
            return LiteralResult.Fail(pos, $"unexpected '{text[pos]}' after the time of day");
        }

        var moment = date.ToDateTime(TimeOnly.MinValue).AddTicks(nanoseconds / 100);
        if (CheckRange(moment, type, start) is { } rangeError)
        {
            return rangeError;
        }

        var days = date.DayNumber - Epoch.DayNumber;
        return LiteralResult.Typed(new DateAndTimeValue((days * TimeOfDayValue.NanosecondsPerDay) + nanoseconds, type));
    }

    private static LiteralResult? CheckRange(DateTime moment, ElementaryType type, int offset)
    {
        var max = type.SizeInBits == 32 ? ShortMax : LongMax;
        return moment < DateTime.UnixEpoch || moment > max
            ? LiteralResult.Fail(offset, $"{type.Name} holds 1970-01-01 to {max:yyyy-MM-dd}")
            : null;
    }

    private static LiteralResult? ReadDate(string text, ref int pos, out DateOnly date)
    {
        date = default;
        var yearStart = pos;
        if (ReadNumber(text, ref pos, 4, out var year) is { } e1)
        {
            return e1;
        }

        if (Expect(text, ref pos, '-') is { } e2)
        {
            return e2;
        }

        var monthStart = pos;
        if (ReadNumber(text, ref pos, 2, out var month) is { } e3)
        {
            return e3;
        }

        if (Expect(text, ref pos, '-') is { } e4)
        {
            return e4;
        }

        var dayStart = pos;
        if (ReadNumber(text, ref pos, 2, out var day) is { } e5)
        {
            return e5;
        }

        if (year < 1)
        {
            return LiteralResult.Fail(yearStart, "year must be positive");
        }

        if (month is < 1 or > 12)
        {
            return LiteralResult.Fail(monthStart, $"month {month} is not 1..12");
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return LiteralResult.Fail(dayStart, $"day {day} does not exist in {year:D4}-{month:D2}");
        }

        date = new DateOnly(year, month, day);
        return null;
    }

    private static LiteralResult? ReadTimeOfDay(string text, ref int pos, out long nanoseconds)
    {
        nanoseconds = 0;
        var hourStart = pos;
        if (ReadNumber(text, ref pos, 2, out var hour) is { } e1)
        {
            return e1;
        }

        if (Expect(text, ref pos, ':') is { } e2)
        {
            return e2;
        }

        var minuteStart = pos;
        if (ReadNumber(text, ref pos, 2, out var minute) is { } e3)
        {
            return e3;
        }

        var second = 0;
        long fraction = 0;
        var secondStart = pos;
        if (pos < text.Length && text[pos] == ':')
        {
            pos++;
            secondStart = pos;
            if (ReadNumber(text, ref pos, 2, out second) is { } e4)
            {
                return e4;
            }

            if (pos < text.Length && text[pos] == '.')
            {
                pos++;
                var digits = 0;
                while (pos < text.Length && char.IsAsciiDigit(text[pos]))
                {
                    if (digits < 9)
                    {
                        fraction = (fraction * 10) + (text[pos] - '0');
                        digits++;
                    }

                    pos++;
                }

                if (digits == 0)
                {
                    return LiteralResult.Fail(pos, "expected digits after '.'");
                }

                for (; digits < 9; digits++)
                {
                    fraction *= 10;
                }
            }
        }

        if (hour > 23)
        {
            return LiteralResult.Fail(hourStart, $"hour {hour} is not 0..23");
        }

        if (minute > 59)
        {
            return LiteralResult.Fail(minuteStart, $"minute {minute} is not 0..59");
        }

        if (second > 59)
        {
            return LiteralResult.Fail(secondStart, $"second {second} is not 0..59");
        }

        nanoseconds = (((hour * 60L) + minute) * 60 + second) * 1_000_000_000 + fraction;
        return null;
    }

    private static LiteralResult? ReadNumber(string text, ref int pos, int maxDigits, out int value)
    {
        value = 0;
        var start = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]) && pos - start < maxDigits)
        {
            value = (value * 10) + (text[pos] - '0');
            pos++;
        }

        return pos == start
            ? LiteralResult.Fail(pos, pos < text.Length ? $"unexpected '{text[pos]}', expected digits" : "expected digits")
            : null;
    }

    private static LiteralResult? Expect(string text, ref int pos, char c)
    {
        if (pos < text.Length && text[pos] == c)
        {
            pos++;
            return null;
        }

        return LiteralResult.Fail(pos, $"expected '{c}'");
    }
}
