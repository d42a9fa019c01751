using System.Text;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// <c>'...'</c> (STRING) and <c>"..."</c> (WSTRING) with IEC's dollar escapes: <c>$$ $' $" $L $N $P $R $T</c>,
/// <c>$hh</c> (two hex digits, in STRING) and <c>$hhhh</c> (four, in WSTRING).
/// </summary>
public static class StringLiteral
{
    /// <summary>Parses a quoted literal; <paramref name="type"/> is STRING/WSTRING/CHAR/WCHAR after a prefix, or null.</summary>
    internal static LiteralResult Parse(string text, int start, StType? type)
    {
        if (start >= text.Length || text[start] is not ('\'' or '"'))
        {
            return LiteralResult.Fail(start, "expected a quoted string");
        }

        var wide = text[start] == '"';
        var expectWide = type is StringType { IsWide: true } || type == ElementaryType.WChar;
        if (type is not null && wide != expectWide)
        {
            return LiteralResult.Fail(start, expectWide ? $"{type.Name} literals use double quotes" : $"{type.Name} literals use single quotes");
        }

        if (text.Length - start < 2 || text[^1] != text[start])
        {
            return LiteralResult.Fail(text.Length, "string is not closed");
        }

        if (Unescape(text, start + 1, text.Length - 1, wide, out var value) is { } error)
        {
            return LiteralResult.Fail(error.Offset, error.Message);
        }

        if (type is ElementaryType charType)
        {
            return value.Length == 1
                ? LiteralResult.Typed(new CharValue(value[0], charType))
                : LiteralResult.Fail(start, $"{charType.Name} holds exactly one character");
        }

        return LiteralResult.Typed(StringValue.Literal(value, wide));
    }

    /// <summary>Resolves the escapes between <paramref name="from"/> and <paramref name="to"/> (the quotes excluded).</summary>
    public static LiteralError? Unescape(string text, int from, int to, bool wide, out string value)
    {
        var quote = wide ? '"' : '\'';
        var builder = new StringBuilder(to - from);
        value = "";
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                return new LiteralError(i, $"a {quote} inside the string must be written ${quote}");
            }

            if (c != '$')
            {
                builder.Append(c);
                continue;
            }

            if (i + 1 >= to)
            {
                return new LiteralError(i, "'$' at the end of a string must be written $$");
            }

            var next = text[i + 1];
            char? simple = char.ToUpperInvariant(next) switch
            {
                '$' => '$',
                '\'' => '\'',
                '"' => '"',
                'L' or 'N' => '\n',
                'P' => '\f',
                'R' => '\r',
                'T' => '\t',
                _ => null,
            };
            if (simple is { } s)
            {
                builder.Append(s);
                i++;
                continue;
            }

            var digits = wide ? 4 : 2;
            if (i + digits >= to || !int.TryParse(text.AsSpan(i + 1, digits), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code)
                || text.AsSpan(i + 1, digits).ContainsAny('+', '-'))
            {
                return new LiteralError(i, $"unknown escape; use $$, $', $\", $L, $N, $P, $R, $T or ${new string('h', digits)}");
            }

            builder.Append((char)code);
            i += digits;
        }

        value = builder.ToString();
        return null;
    }

    /// <summary>The literal text for a string value: quotes, and escapes for quotes, dollars and control characters.</summary>
    public static string Quote(string value, bool wide)
    {
        var quote = wide ? '"' : '\'';
        var builder = new StringBuilder(value.Length + 2).Append(quote);
        foreach (var c in value)
        {
            _ = c switch
            {
                '$' => builder.Append("$$"),
                '\n' => builder.Append("$N"),
                '\r' => builder.Append("$R"),
                '\t' => builder.Append("$T"),
                '\f' => builder.Append("$P"),
                _ when c == quote => builder.Append('$').Append(quote),
                _ when c < ' ' || (c > '~' && (wide || c <= '\u00FF')) =>
                    builder.Append('$').Append(((int)c).ToString(wide ? "X4" : "X2", System.Globalization.CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append(quote).ToString();
    }
}
