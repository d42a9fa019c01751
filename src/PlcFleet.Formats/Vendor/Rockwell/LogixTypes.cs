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

        """ + Instructions;

    /// <summary>
    /// The Logix instructions ST routines call on a tag (<c>TONR(JamTimer);</c>): the timers TONR, TOFR, RTOR on an
    /// FBD_TIMER and the up/down counter CTUD on an FBD_COUNTER, with the members and behaviour the Logix instruction
    /// reference gives (times in ms as DINT, ACC held at PRE). Written in ST on the IEC TON so the simulator runs them.
    /// TON, RTO, CTU and CTD on TIMER/COUNTER are ladder-only in Logix (Studio 5000 refuses them in ST), so they stay undeclared.
    /// </summary>
    private const string Instructions = """
        FUNCTION_BLOCK FBD_TIMER
        VAR_INPUT EnableIn : BOOL := TRUE; TimerEnable : BOOL; PRE : DINT; Reset : BOOL; Mode : INT; END_VAR
        VAR_OUTPUT EnableOut : BOOL; ACC : DINT; EN : BOOL; TT : BOOL; DN : BOOL; END_VAR
        VAR Timing : BOOL; Base : DINT; Clock : TON; END_VAR
        EN := TimerEnable;
        EnableOut := EnableIn;
        IF Mode = 1 THEN
            Timing := NOT TimerEnable AND NOT Reset AND (DN OR Timing);
        ELSE
            Timing := TimerEnable AND NOT Reset;
        END_IF;
        IF NOT Timing THEN
            IF Mode <> 2 OR Reset THEN ACC := 0; END_IF;
            Base := ACC;
        END_IF;
        Clock(IN := Timing, PT := T#20D);
        IF Timing THEN ACC := MIN(Base + TIME_TO_DINT(Clock.ET), PRE); END_IF;
        IF Mode = 1 THEN DN := TimerEnable OR (Timing AND ACC < PRE); ELSE DN := ACC >= PRE; END_IF;
        TT := Timing AND ACC < PRE;
        END_FUNCTION_BLOCK

        FUNCTION TONR : BOOL
        VAR_IN_OUT Timer : FBD_TIMER; END_VAR
        Timer.Mode := 0; Timer(); TONR := Timer.DN;
        END_FUNCTION

        FUNCTION TOFR : BOOL
        VAR_IN_OUT Timer : FBD_TIMER; END_VAR
        Timer.Mode := 1; Timer(); TOFR := Timer.DN;
        END_FUNCTION

        FUNCTION RTOR : BOOL
        VAR_IN_OUT Timer : FBD_TIMER; END_VAR
        Timer.Mode := 2; Timer(); RTOR := Timer.DN;
        END_FUNCTION

        FUNCTION_BLOCK FBD_COUNTER
        VAR_INPUT EnableIn : BOOL := TRUE; CUEnable : BOOL; CDEnable : BOOL; PRE : DINT; Reset : BOOL; END_VAR
        VAR_OUTPUT EnableOut : BOOL; ACC : DINT; CU : BOOL; CD : BOOL; DN : BOOL; OV : BOOL; UN : BOOL; END_VAR
        VAR LastUp : BOOL; LastDown : BOOL; END_VAR
        EnableOut := EnableIn;
        IF Reset THEN
            ACC := 0; OV := FALSE; UN := FALSE;
        ELSE
            IF CUEnable AND NOT LastUp THEN
                IF ACC < 2147483647 THEN ACC := ACC + 1; ELSE OV := TRUE; END_IF;
            END_IF;
            IF CDEnable AND NOT LastDown THEN
                IF ACC > -2147483647 THEN ACC := ACC - 1; ELSE UN := TRUE; END_IF;
            END_IF;
        END_IF;
        LastUp := CUEnable;
        LastDown := CDEnable;
        CU := CUEnable;
        CD := CDEnable;
        DN := ACC >= PRE;
        END_FUNCTION_BLOCK

        FUNCTION CTUD : BOOL
        VAR_IN_OUT Counter : FBD_COUNTER; END_VAR
        Counter(); CTUD := Counter.DN;
        END_FUNCTION

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
