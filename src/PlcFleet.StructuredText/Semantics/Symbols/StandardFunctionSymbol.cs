using PlcFleet.StructuredText.Semantics.StandardLibrary;

namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>A function of the IEC standard library (LIMIT, SEL, INT_TO_REAL...), as seen by a call.</summary>
public sealed class StandardFunctionSymbol : Symbol
{
    internal StandardFunctionSymbol(StandardFunction function)
        : base(function.Name, null)
    {
        Function = function;
    }

    public StandardFunction Function { get; }
}
