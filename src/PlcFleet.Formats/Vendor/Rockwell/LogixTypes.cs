using System.Globalization;

namespace PlcFleet.Formats.Vendor.Rockwell;

/// <summary>Logix data types in the words the language core knows.</summary>
internal static class LogixTypes
{
    /// <summary>
    /// The Logix built-in structures ST routines use most (members as the Logix manual lists them), declared so tags of
    /// these types bind. Instruction semantics (TON on a TIMER in ladder) are not modelled here.
    /// </summary>
    public const string Prelude = """

        TYPE TIMER : STRUCT PRE : DINT; ACC : DINT; EN : BOOL; TT : BOOL; DN : BOOL; END_STRUCT; END_TYPE
        TYPE COUNTER : STRUCT PRE : DINT; ACC : DINT; CU : BOOL; CD : BOOL; DN : BOOL; OV : BOOL; UN : BOOL; END_STRUCT; END_TYPE
        TYPE CONTROL : STRUCT LEN : DINT; POS : DINT; EN : BOOL; EU : BOOL; DN : BOOL; EM : BOOL; ER : BOOL; UL : BOOL; IN : BOOL; FD : BOOL; END_STRUCT; END_TYPE

        """;

    /// <summary>
    /// 'I' or 'Q' when an alias names one bit of a module's input or output image (<c>Local:1:I.Data.3</c>,
    /// <c>Rack1:2:O.Data.0</c>), else null.
    /// </summary>
    public static char? IoAlias(string? aliasFor)
    {
        var match = aliasFor is null ? null : System.Text.RegularExpressions.Regex.Match(aliasFor, @":(?<dir>[IO])\.\w+(\.\w+)*\.\d+$");
        return match is { Success: true } ? (match.Groups["dir"].Value == "I" ? 'I' : 'Q') : null;
    }

    /// <summary>A decorated data value as an ST literal (BOOL 0/1 as FALSE/TRUE), or null for text, ASCII or anything not numeric.</summary>
    public static string? Literal(string? dataType, string value)
    {
        if (dataType is "BOOL" or "BIT")
        {
            return value switch { "0" => "FALSE", "1" => "TRUE", _ => null };
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && dataType is "SINT" or "INT" or "DINT" or "LINT" or "REAL" or "LREAL"
            ? value
            : null;
    }

    /// <summary>A member's or tag's type as ST, or null when it cannot be written in ST (a module-defined type like <c>AB:1756_DI:I:0</c>).</summary>
    public static string? ToSt(string? dataType, string? dimensions)
    {
        if (string.IsNullOrEmpty(dataType) || dataType.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var type = dataType.Equals("BIT", StringComparison.OrdinalIgnoreCase) ? "BOOL" : dataType;
        var sizes = (dimensions ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0)
            .ToList();
        return sizes.Count == 0 ? type : $"ARRAY[{string.Join(", ", sizes.Select(n => $"0..{n - 1}"))}] OF {type}";
    }
}
