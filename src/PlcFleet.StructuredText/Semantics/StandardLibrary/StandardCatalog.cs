using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>
/// Every standard function and function block by name, case-insensitive, as the binder looks them up:
/// <c>StandardCatalog.TryGetFunction("limit", out var f)</c>, then <see cref="FunctionResolver.Resolve"/>.
/// </summary>
public static class StandardCatalog
{
    private static readonly FrozenDictionary<string, StandardFunction> FunctionsByName =
        ConversionFunctions.Create()
            .Concat(NumericFunctions.Create())
            .Concat(TimeFunctions.Create())
            .Concat(BitFunctions.Create())
            .Concat(SelectionFunctions.Create())
            .Concat(ComparisonFunctions.Create())
            .Concat(StringFunctions.Create())
            .ToFrozenDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, FunctionBlockType> BlocksByName =
        StandardFunctionBlocks.All.ToFrozenDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<StandardFunction> Functions => FunctionsByName.Values;

    public static IEnumerable<FunctionBlockType> FunctionBlocks => BlocksByName.Values;

    public static bool TryGetFunction(string name, [NotNullWhen(true)] out StandardFunction? function) =>
        FunctionsByName.TryGetValue(name, out function);

    public static bool TryGetFunctionBlock(string name, [NotNullWhen(true)] out FunctionBlockType? block) =>
        BlocksByName.TryGetValue(name, out block);

    /// <summary>True for names a user POU or variable must not reuse.</summary>
    public static bool IsReserved(string name) => FunctionsByName.ContainsKey(name) || BlocksByName.ContainsKey(name);
}
