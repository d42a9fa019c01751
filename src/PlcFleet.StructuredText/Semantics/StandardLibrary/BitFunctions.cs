using PlcFleet.StructuredText.Semantics.Types;
using static PlcFleet.StructuredText.Semantics.StandardLibrary.Signatures;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>SHL, SHR, ROL, ROR (IN : ANY_BIT, N : ANY_INT) and the bitwise AND, OR, XOR (extensible) and NOT.</summary>
internal static class BitFunctions
{
    public static IEnumerable<StandardFunction> Create()
    {
        var bit = GenericType.AnyBit;
        foreach (var name in new[] { "SHL", "SHR", "ROL", "ROR" })
        {
            yield return new StandardFunction(name, FunctionGroup.BitShift, Generic(bit, T("IN", bit), In("N", GenericType.AnyInt)));
        }

        foreach (var name in new[] { "AND", "OR", "XOR" })
        {
            yield return new StandardFunction(name, FunctionGroup.Bitwise, Extensible(bit, null, "IN", 1));
        }

        yield return new StandardFunction("NOT", FunctionGroup.Bitwise, Generic(bit, T("IN", bit)));
    }
}
