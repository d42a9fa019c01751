using System.Globalization;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.Simulation.Compilation;

/// <summary>The text *_TO_STRING gives for values whose slot holds something other than their printed form.</summary>
internal static class StringConversions
{
    /// <summary>TIME_TO_STRING(T#1m30s) = 'T#1m30s': the typed literal, as the PLC prints it.</summary>
    public static string FromDuration(long nanoseconds, bool isLongTime) =>
        (isLongTime ? "LTIME#" : "T#") + LiteralFormatter.FormatDuration(nanoseconds);

    /// <summary>REAL_TO_STRING(0.1) = '0.1': the shortest text of the single-precision value, not of its double widening.</summary>
    public static string FromReal(double value, bool singlePrecision) => singlePrecision
        ? ((float)value).ToString(CultureInfo.InvariantCulture)
        : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>CHAR_TO_STRING: the one-character string of a character code.</summary>
    public static string FromChar(long code) => ((char)code).ToString();

    /// <summary>STRING_TO_CHAR: the code of the first character, 0 for ''.</summary>
    public static long ToChar(string? text) => string.IsNullOrEmpty(text) ? 0 : text[0];
}
