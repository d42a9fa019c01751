using PlcFleet.StructuredText.Semantics.Types;
using static PlcFleet.StructuredText.Semantics.StandardLibrary.Signatures;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>SEL(G, IN0, IN1), MAX and MIN (extensible), LIMIT(MN, IN, MX) and MUX(K, IN0, ...).</summary>
internal static class SelectionFunctions
{
    public static IEnumerable<StandardFunction> Create()
    {
        var any = GenericType.Any;
        var elementary = GenericType.AnyElementary;
        yield return new StandardFunction("SEL", FunctionGroup.Selection,
            Generic(any, In("G", ElementaryType.Bool), T("IN0", any), T("IN1", any)));
        yield return new StandardFunction("MAX", FunctionGroup.Selection, Extensible(elementary, null, "IN", 1));
        yield return new StandardFunction("MIN", FunctionGroup.Selection, Extensible(elementary, null, "IN", 1));
        yield return new StandardFunction("LIMIT", FunctionGroup.Selection,
            Generic(elementary, T("MN", elementary), T("IN", elementary), T("MX", elementary)));
        yield return new StandardFunction("MUX", FunctionGroup.Selection,
            Extensible(any, null, "IN", 0, In("K", GenericType.AnyInt)));
    }
}
