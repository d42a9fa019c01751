using PlcFleet.StructuredText.Semantics.Types;
using static PlcFleet.StructuredText.Semantics.StandardLibrary.Signatures;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>LEN, LEFT, RIGHT, MID, CONCAT (extensible), INSERT, DELETE, REPLACE and FIND over STRING and WSTRING.</summary>
internal static class StringFunctions
{
    /// <summary>
    /// The IEC input a CODESYS/TwinCAT Standard library input name stands for: those libraries declare LEFT(STR, SIZE),
    /// MID(STR, LEN, POS), CONCAT(STR1, STR2)..., and code calls them with these formal names.
    /// </summary>
    public static string IecInputOf(string name) => name.ToUpperInvariant() switch
    {
        "STR" => "IN",
        "STR1" => "IN1",
        "STR2" => "IN2",
        "SIZE" or "LEN" => "L",
        "POS" => "P",
        _ => name,
    };

    public static IEnumerable<StandardFunction> Create()
    {
        var text = GenericType.AnyString;
        var count = GenericType.AnyInt;
        yield return new StandardFunction("LEN", FunctionGroup.String, Fixed(ElementaryType.Int, In("IN", text)));
        yield return new StandardFunction("LEFT", FunctionGroup.String, Generic(text, T("IN", text), In("L", count)));
        yield return new StandardFunction("RIGHT", FunctionGroup.String, Generic(text, T("IN", text), In("L", count)));
        yield return new StandardFunction("MID", FunctionGroup.String, Generic(text, T("IN", text), In("L", count), In("P", count)));
        yield return new StandardFunction("CONCAT", FunctionGroup.String, Extensible(text, null, "IN", 1));
        yield return new StandardFunction("INSERT", FunctionGroup.String, Generic(text, T("IN1", text), T("IN2", text), In("P", count)));
        yield return new StandardFunction("DELETE", FunctionGroup.String, Generic(text, T("IN", text), In("L", count), In("P", count)));
        yield return new StandardFunction("REPLACE", FunctionGroup.String,
            Generic(text, T("IN1", text), T("IN2", text), In("L", count), In("P", count)));
        yield return new StandardFunction("FIND", FunctionGroup.String,
            GenericTo(text, ElementaryType.Int, T("IN1", text), T("IN2", text)));
    }
}
