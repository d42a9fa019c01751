namespace PlcFleet.StructuredText.Syntax;

/// <summary>Checks the body of a T#/TIME#/LT#/LTIME# literal: an optional sign, then number-unit pairs (1d2h3m4s5ms6us7ns).</summary>
internal static class DurationLiteral
{
    public static bool IsValid(ReadOnlySpan<char> body)
    {
        if (body.Length > 0 && body[0] is '-' or '+')
        {
            body = body[1..];
        }

        var sawPart = false;
        while (body.Length > 0)
        {
            var digits = 0;
            while (digits < body.Length && (char.IsAsciiDigit(body[digits]) || body[digits] is '_' or '.'))
            {
                digits++;
            }

            if (digits == 0 || !char.IsAsciiDigit(body[0]))
            {
                return false;
            }

            body = body[digits..];
            var unit = 0;
            while (unit < body.Length && char.IsAsciiLetter(body[unit]))
            {
                unit++;
            }

            // A bare number (T#100) is read as milliseconds by CODESYS; accept it only as the whole body.
            if (unit == 0)
            {
                return !sawPart && body.Length == 0;
            }

            if (!IsUnit(body[..unit]))
            {
                return false;
            }

            body = body[unit..];
            if (body.Length > 0 && body[0] == '_')
            {
                body = body[1..];
            }

            sawPart = true;
        }

        return sawPart;
    }

    private static bool IsUnit(ReadOnlySpan<char> unit) =>
        unit.Equals("d", StringComparison.OrdinalIgnoreCase) || unit.Equals("h", StringComparison.OrdinalIgnoreCase) ||
        unit.Equals("m", StringComparison.OrdinalIgnoreCase) || unit.Equals("s", StringComparison.OrdinalIgnoreCase) ||
        unit.Equals("ms", StringComparison.OrdinalIgnoreCase) || unit.Equals("us", StringComparison.OrdinalIgnoreCase) ||
        unit.Equals("ns", StringComparison.OrdinalIgnoreCase);
}
