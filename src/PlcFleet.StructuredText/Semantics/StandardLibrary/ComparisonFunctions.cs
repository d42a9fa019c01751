using PlcFleet.StructuredText.Semantics.Types;
using static PlcFleet.StructuredText.Semantics.StandardLibrary.Signatures;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>GT, GE, EQ, LE, LT (extensible: TRUE when the inputs are in order) and NE (two inputs).</summary>
internal static class ComparisonFunctions
{
    public static IEnumerable<StandardFunction> Create()
    {
        var elementary = GenericType.AnyElementary;
        foreach (var name in new[] { "GT", "GE", "EQ", "LE", "LT" })
        {
            yield return new StandardFunction(name, FunctionGroup.Comparison, Extensible(elementary, ElementaryType.Bool, "IN", 1));
        }

        yield return new StandardFunction("NE", FunctionGroup.Comparison,
            GenericTo(elementary, ElementaryType.Bool, T("IN1", elementary), T("IN2", elementary)));
    }
}
