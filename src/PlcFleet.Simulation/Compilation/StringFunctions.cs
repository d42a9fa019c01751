namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// The IEC string functions as compiled code calls them, for STRING and WSTRING alike. Positions are 1-based.
/// Out-of-range lengths and positions are clamped the way CODESYS's Standard library does, so a bad index in field
/// code gives the same text as on the PLC and never a .NET exception. An unassigned string slot (null) reads as ''.
/// </summary>
internal static class StringFunctions
{
    /// <summary>LEFT(IN, L): the first L characters; all of IN when L is longer, '' when L &lt;= 0.</summary>
    /// <summary>The value a STRING(n) variable holds after <paramref name="text"/> is assigned to it.</summary>
    public static string? Truncate(string? text, int maxLength) =>
        text is not null && text.Length > maxLength ? text[..maxLength] : text;

    public static string Left(string? text, long length)
    {
        var value = text ?? string.Empty;
        return value[..(int)Math.Clamp(length, 0, value.Length)];
    }

    /// <summary>RIGHT(IN, L): the last L characters; all of IN when L is longer, '' when L &lt;= 0.</summary>
    public static string Right(string? text, long length)
    {
        var value = text ?? string.Empty;
        return value[(value.Length - (int)Math.Clamp(length, 0, value.Length))..];
    }

    /// <summary>MID(IN, L, P): L characters from position P; '' when P is before the first or after the last character.</summary>
    public static string Mid(string? text, long length, long position)
    {
        var value = text ?? string.Empty;
        if (position < 1 || position > value.Length || length <= 0)
        {
            return string.Empty;
        }

        var start = (int)position - 1;
        return value.Substring(start, (int)Math.Min(length, value.Length - start));
    }

    /// <summary>INSERT(IN1, IN2, P): IN2 inserted after the P-th character of IN1; P clamps to the front or the end.</summary>
    public static string Insert(string? text, string? insert, long position)
    {
        var value = text ?? string.Empty;
        return value.Insert((int)Math.Clamp(position, 0, value.Length), insert ?? string.Empty);
    }

    /// <summary>DELETE(IN, L, P): L characters removed from position P; IN unchanged when P is outside it.</summary>
    public static string Delete(string? text, long length, long position)
    {
        var value = text ?? string.Empty;
        if (position < 1 || position > value.Length || length <= 0)
        {
            return value;
        }

        var start = (int)position - 1;
        return value.Remove(start, (int)Math.Min(length, value.Length - start));
    }

    /// <summary>
    /// REPLACE(IN1, IN2, L, P): L characters of IN1 from position P replaced by IN2. P below 1 counts as 1 and P past
    /// the end appends, as CODESYS does; L clamps to the characters that exist.
    /// </summary>
    public static string Replace(string? text, string? replacement, long length, long position)
    {
        var value = text ?? string.Empty;
        var start = (int)Math.Clamp(position - 1, 0, value.Length);
        var removed = (int)Math.Clamp(length, 0, value.Length - start);
        return string.Concat(value.AsSpan(0, start), replacement ?? string.Empty, value.AsSpan(start + removed));
    }

    /// <summary>FIND(IN1, IN2): the 1-based position of the first IN2 in IN1; 0 when absent or when IN2 is ''.</summary>
    public static long Find(string? text, string? search)
    {
        if (string.IsNullOrEmpty(search))
        {
            return 0;
        }

        return (text ?? string.Empty).IndexOf(search, StringComparison.Ordinal) + 1;
    }
}
