using System.Globalization;
using System.Text;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// Writes a constant back as an IEC literal, always typed so that reading it back gives the same value and type
/// (<c>SINT#-5</c>, <c>LREAL#0.1</c>, <c>T#1h30m</c>, <c>DT#2024-01-31-13:45:00</c>).
/// </summary>
public static class LiteralFormatter
{
    public static string Format(ConstantValue value) => value switch
    {
        BoolValue b => b.Value ? "TRUE" : "FALSE",
        // Bit strings read best in hex, as engineers write masks: WORD#16#FF00.
        IntegerValue { IntegerType.IsBit: true } i => $"{i.Type.Name}#16#{((UInt128)i.Value).ToString("X", CultureInfo.InvariantCulture)}",
        IntegerValue i => $"{i.Type.Name}#{i.Value.ToString(CultureInfo.InvariantCulture)}",
        RealValue r => $"{r.Type.Name}#{FormatReal(r)}",
        DurationValue d => $"{(d.Type == ElementaryType.Time ? "T" : "LT")}#{FormatDuration(d.Nanoseconds)}",
        DateValue d => $"{(d.Type == ElementaryType.Date ? "D" : "LD")}#{d.Value:yyyy-MM-dd}",
        TimeOfDayValue t => $"{t.Type.Name}#{FormatTimeOfDay(t.NanosecondsSinceMidnight)}",
        DateAndTimeValue dt => $"{dt.Type.Name}#{FormatDateAndTime(dt.NanosecondsSinceEpoch)}",
        StringValue s => s.StringType.IsWide ? StringLiteral.Quote(s.Value, true) : StringLiteral.Quote(s.Value, false),
        CharValue c => $"{c.Type.Name}#{StringLiteral.Quote(c.Value.ToString(), c.Type == ElementaryType.WChar)}",
        EnumValue e => $"{e.EnumType.Name}#{e.Member.Name}",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "unknown constant kind"),
    };

    /// <summary>A duration in the compact form PLC IDEs show: <c>1d2h3m4s5ms6us7ns</c>, zero parts left out, <c>0s</c> for zero.</summary>
    public static string FormatDuration(long nanoseconds)
    {
        if (nanoseconds == 0)
        {
            return "0s";
        }

        var builder = new StringBuilder();
        var magnitude = (UInt128)(nanoseconds < 0 ? -(Int128)nanoseconds : nanoseconds);
        if (nanoseconds < 0)
        {
            builder.Append('-');
        }

        foreach (var (unit, size) in new (string, ulong)[]
                 {
                     ("d", 86_400_000_000_000), ("h", 3_600_000_000_000), ("m", 60_000_000_000), ("s", 1_000_000_000),
                     ("ms", 1_000_000), ("us", 1_000), ("ns", 1),
                 })
        {
            var count = magnitude / size;
            magnitude %= size;
            if (count > 0)
            {
                builder.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
            }
        }

        return builder.ToString();
    }

    private static string FormatReal(RealValue r)
    {
        var text = r.Type == ElementaryType.Real
            ? ((float)r.Value).ToString("R", CultureInfo.InvariantCulture)
            : r.Value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            var mantissaEnd = text.IndexOf('E', StringComparison.Ordinal);
            return text[..mantissaEnd].Contains('.', StringComparison.Ordinal) ? text : text.Insert(mantissaEnd, ".0");
        }

        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static string FormatTimeOfDay(long nanoseconds)
    {
        var seconds = nanoseconds / 1_000_000_000;
        var fraction = nanoseconds % 1_000_000_000;
        var text = $"{seconds / 3600:D2}:{seconds / 60 % 60:D2}:{seconds % 60:D2}";
        return fraction == 0 ? text : $"{text}.{fraction:D9}".TrimEnd('0');
    }

    private static string FormatDateAndTime(long nanosecondsSinceEpoch)
    {
        var days = Math.DivRem(nanosecondsSinceEpoch, TimeOfDayValue.NanosecondsPerDay, out var timeOfDay);
        var date = DateOnly.FromDayNumber(new DateOnly(1970, 1, 1).DayNumber + (int)days);
        return $"{date:yyyy-MM-dd}-{FormatTimeOfDay(timeOfDay)}";
    }
}
