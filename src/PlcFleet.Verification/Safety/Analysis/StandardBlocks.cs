namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>The IEC standard function blocks the safety analysis models: their inputs in call order and member types.</summary>
public static class StandardBlocks
{
    private static readonly Dictionary<string, string[]> Inputs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TON"] = ["IN", "PT"],
        ["TOF"] = ["IN", "PT"],
        ["TP"] = ["IN", "PT"],
        ["R_TRIG"] = ["CLK"],
        ["F_TRIG"] = ["CLK"],
        ["SR"] = ["S1", "R"],
        ["RS"] = ["S", "R1"],
        ["CTU"] = ["CU", "R", "PV"],
        ["CTD"] = ["CD", "LD", "PV"],
        ["CTUD"] = ["CU", "CD", "R", "LD", "PV"],
    };

    public static bool IsStandard(string typeName) => Inputs.ContainsKey(typeName);

    public static bool IsTimer(string typeName) => typeName.ToUpperInvariant() is "TON" or "TOF" or "TP";

    public static bool IsCounter(string typeName) => typeName.ToUpperInvariant() is "CTU" or "CTD" or "CTUD";

    public static IReadOnlyList<string> InputsOf(string typeName) => Inputs.GetValueOrDefault(typeName) ?? [];

    public static string? MemberType(string typeName, string member) => (typeName.ToUpperInvariant(), member.ToUpperInvariant()) switch
    {
        (_, "ET" or "PT") when IsTimer(typeName) => "TIME",
        (_, "CV" or "PV") when IsCounter(typeName) => "INT",
        _ when IsStandard(typeName) => "BOOL",
        _ => null,
    };
}
