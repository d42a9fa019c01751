namespace PlcFleet.StructuredText.Semantics.Declarations;

/// <summary>TIA Portal names for the IEC timers (TON_TIME is TON with TIME inputs; IEC_TIMER is the multi-instance type).</summary>
internal static class SiemensTypeNames
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TON_TIME"] = "TON",
        ["TOF_TIME"] = "TOF",
        ["TP_TIME"] = "TP",
        ["TON_LTIME"] = "LTON",
        ["TOF_LTIME"] = "LTOF",
        ["TP_LTIME"] = "LTP",
        ["IEC_TIMER"] = "TON",
        ["IEC_COUNTER"] = "CTU",
        ["CTU_INT"] = "CTU",
        ["CTD_INT"] = "CTD",
        ["CTUD_INT"] = "CTUD",
    };

    public static string? StandardNameOf(string name) => Aliases.GetValueOrDefault(name);
}
