using System.Globalization;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>Integer literals (decimal, 2#, 8#, 16#, with <c>_</c> separators) and real literals with exponents.</summary>
internal static class NumberLiteral
{
    private static readonly Int128 ULIntMax = ulong.MaxValue;

    public static LiteralResult Parse(string text, int start, ElementaryType? type)
    {
        var pos = start;
        var negative = false;
        if (pos < text.Length && text[pos] is '+' or '-')
        {
            negative = text[pos] == '-';
            pos++;
        }

        if (pos >= text.Length)
        {
            return LiteralResult.Fail(pos, "expected digits");
        }

        var hash = text.IndexOf('#', pos);
        if (hash >= 0)
        {
            return ParseBased(text, start, pos, hash, negative, type);
        }

        var digitsStart = pos;
        if (!ScanDigits(text, ref pos, 10, out var integer, out var error))
        {
            return error!;
        }

        var isReal = false;
        if (pos < text.Length && text[pos] == '.')
        {
            isReal = true;
            pos++;
            if (!ScanDigits(text, ref pos, 10, out _, out error))
            {
                return error!;
            }
        }

        if (pos < text.Length && text[pos] is 'e' or 'E')
        {
            isReal = true;
            pos++;
            if (pos < text.Length && text[pos] is '+' or '-')
            {
                pos++;
            }

            if (!ScanDigits(text, ref pos, 10, out _, out error))
            {
                return error!;
            }
        }

        if (pos < text.Length)
        {
            return LiteralResult.Fail(pos, $"unexpected '{text[pos]}' in number");
        }

        if (isReal)
        {
            var clean = text[digitsStart..].Replace("_", "", StringComparison.Ordinal);
            var value = double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture);
            return MakeReal(negative ? -value : value, type, start);
        }

        return integer > ULIntMax
            ? LiteralResult.Fail(digitsStart, "number is too large for any integer type (above ULINT)")
            : MakeInteger(negative ? -integer : integer, type, start);
    }

    private static LiteralResult ParseBased(string text, int start, int pos, int hash, bool negative, ElementaryType? type)
    {
        var radix = text[pos..hash] switch
        {
            "2" => 2,
            "8" => 8,
            "16" => 16,
            _ => 0,
        };
        if (radix == 0)
        {
            return LiteralResult.Fail(pos, $"base '{text[pos..hash]}' is not 2, 8 or 16");
        }

        if (type is { IsReal: true })
        {
            return LiteralResult.Fail(pos, $"a {type.Name} cannot be written in base {radix}");
        }

        var digits = hash + 1;
        if (!ScanDigits(text, ref digits, radix, out var value, out var error))
        {
            return error!;
        }

        if (digits < text.Length)
        {
            return LiteralResult.Fail(digits, $"'{text[digits]}' is not a base-{radix} digit");
        }

        return value > ULIntMax
            ? LiteralResult.Fail(hash + 1, "number is too large for any integer type (above ULINT)")
            : MakeInteger(negative ? -value : value, type, start);
    }

    /// <summary>Digits with single underscores between them (<c>1_000_000</c>); stops at the first other character.</summary>
    private static bool ScanDigits(string text, ref int pos, int radix, out Int128 value, out LiteralResult? error)
    {
        value = 0;
        error = null;
        if (pos >= text.Length || DigitValue(text[pos]) is not { } first || first >= radix)
        {
            error = LiteralResult.Fail(pos, pos < text.Length ? $"'{text[pos]}' is not a base-{radix} digit" : "expected digits");
            return false;
        }

        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '_')
            {
                if (pos + 1 >= text.Length || DigitValue(text[pos + 1]) is not { } next || next >= radix)
                {
                    error = LiteralResult.Fail(pos, "'_' must stand between two digits");
                    return false;
                }

                pos++;
                continue;
            }

            if (DigitValue(c) is not { } d || d >= radix)
            {
                break;
            }

            // Past ULINT only a real can still be meant (1000000000000000000000.0); Saturate and let the caller decide.
            value = value > ULIntMax ? ULIntMax + 1 : (value * radix) + d;
            pos++;
        }

        return true;
    }

    private static int? DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => null,
    };

    private static LiteralResult MakeInteger(Int128 value, ElementaryType? type, int offset)
    {
        if (type is null)
        {
            // Untyped: a provisional type large enough; the binder fits the value to its context.
            var provisional = ElementaryType.DInt.Contains(value) ? ElementaryType.DInt
                : ElementaryType.LInt.Contains(value) ? ElementaryType.LInt
                : ElementaryType.ULInt.Contains(value) ? ElementaryType.ULInt
                : null;
            return provisional is null
                ? LiteralResult.Fail(offset, $"{value} is below the smallest LINT")
                : LiteralResult.Untyped(new IntegerValue(value, provisional));
        }

        if (type.IsReal)
        {
            return MakeReal((double)value, type, offset);
        }

        if (!type.Contains(value))
        {
            return LiteralResult.Fail(offset, $"{value} does not fit {type.Name} ({type.MinValue}..{type.MaxValue})");
        }

        return LiteralResult.Typed(type == ElementaryType.Bool ? new BoolValue(value == 1) : new IntegerValue(value, type));
    }

    private static LiteralResult MakeReal(double value, ElementaryType? type, int offset)
    {
        var target = type ?? ElementaryType.LReal;
        if (!target.IsReal)
        {
            return LiteralResult.Fail(offset, $"a {target.Name} must be a whole number");
        }

        // A REAL literal fits when it rounds to a finite single (3.4028235E+38 is float.MaxValue, printed short).
        if (!double.IsFinite(value) || (target == ElementaryType.Real && !float.IsFinite((float)value)))
        {
            return LiteralResult.Fail(offset, $"number does not fit {target.Name}");
        }

        var real = new RealValue(value, target);
        return type is null ? LiteralResult.Untyped(real) : LiteralResult.Typed(real);
    }
}
