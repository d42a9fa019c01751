using PlcFleet.StructuredText.Semantics.StandardLibrary;

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

    /// <summary>
    /// The IEC name of a standard block's input as the analysis keys it: CODESYS and TwinCAT call the bistables' inputs
    /// SET/RESET1 (RS) and SET1/RESET (SR), so <c>rsEnable(SET := a, RESET1 := b)</c> is the same latch as <c>S := a, R1 := b</c>.
    /// </summary>
    public static string InputName(string typeName, string member)
    {
        var block = typeName.ToUpperInvariant() switch
        {
            "SR" => StandardFunctionBlocks.SR,
            "RS" => StandardFunctionBlocks.RS,
            _ => null,
        };
        return (block is null ? null : StandardFunctionBlocks.BistableInput(block, member)) ?? member;
    }

    public static string? MemberType(string typeName, string member) => (typeName.ToUpperInvariant(), member.ToUpperInvariant()) switch
    {
        (_, "ET" or "PT") when IsTimer(typeName) => "TIME",
        (_, "CV" or "PV") when IsCounter(typeName) => "INT",
        _ when IsStandard(typeName) => "BOOL",
        _ => null,
    };
}
