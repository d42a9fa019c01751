using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// Reads the text of one ST literal into its value: <c>16#FF</c>, <c>INT#-5</c>, <c>1.5E3</c>, <c>TRUE</c>,
/// <c>T#1h30m</c>, <c>D#2024-01-31</c>, <c>TOD#13:45:00.5</c>, <c>DT#2024-01-31-13:45:00</c>, <c>'Door$Nopen'</c>.
/// Pure: the same text always gives the same value or the same error with its offset.
/// </summary>
public static class LiteralParser
{
    public static LiteralResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return LiteralResult.Fail(0, "empty literal");
        }

        if (text[0] is '\'' or '"')
        {
            return StringLiteral.Parse(text, 0, null);
        }

        if (text.Equals("TRUE", StringComparison.OrdinalIgnoreCase))
        {
            return LiteralResult.Typed(BoolValue.True);
        }

        if (text.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            return LiteralResult.Typed(BoolValue.False);
        }

        var hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash > 0 && (char.IsAsciiLetter(text[0]) || text[0] == '_'))
        {
            return ParsePrefixed(text, text[..hash], hash + 1);
        }

        return NumberLiteral.Parse(text, 0, null);
    }

    private static LiteralResult ParsePrefixed(string text, string prefix, int start)
    {
        switch (prefix.ToUpperInvariant())
        {
            case "T" or "TIME":
                return DurationLiteral.Parse(text, start, ElementaryType.Time);
            case "LT" or "LTIME":
                return DurationLiteral.Parse(text, start, ElementaryType.LTime);
            case "D" or "DATE":
                return DateTimeLiteral.ParseDate(text, start, ElementaryType.Date);
            case "LD" or "LDATE":
                return DateTimeLiteral.ParseDate(text, start, ElementaryType.LDate);
            case "TOD" or "TIME_OF_DAY":
                return DateTimeLiteral.ParseTimeOfDay(text, start, ElementaryType.TimeOfDay);
            case "LTOD" or "LTIME_OF_DAY":
                return DateTimeLiteral.ParseTimeOfDay(text, start, ElementaryType.LTimeOfDay);
            case "DT" or "DATE_AND_TIME":
                return DateTimeLiteral.ParseDateAndTime(text, start, ElementaryType.DateAndTime);
            case "LDT" or "LDATE_AND_TIME":
                return DateTimeLiteral.ParseDateAndTime(text, start, ElementaryType.LDateAndTime);
            case "STRING":
                return StringLiteral.Parse(text, start, StringType.String);
            case "WSTRING":
                return StringLiteral.Parse(text, start, StringType.WString);
            case "CHAR":
                return StringLiteral.Parse(text, start, ElementaryType.Char);
            case "WCHAR":
                return StringLiteral.Parse(text, start, ElementaryType.WChar);
        }

        if (!ElementaryType.TryLookup(prefix, out var type) || !(type.IsNumeric || type.IsBit))
        {
            return LiteralResult.Fail(0, $"'{prefix}' is not a type that literals can be written in");
        }

        if (type == ElementaryType.Bool && start < text.Length && char.IsAsciiLetter(text[start]))
        {
            return text[start..].ToUpperInvariant() switch
            {
                "TRUE" => LiteralResult.Typed(BoolValue.True),
                "FALSE" => LiteralResult.Typed(BoolValue.False),
                _ => LiteralResult.Fail(start, "BOOL# takes TRUE, FALSE, 1 or 0"),
            };
        }

        return NumberLiteral.Parse(text, start, type);
    }
}
