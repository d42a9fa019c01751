using PlcFleet.StructuredText.Semantics.Declarations;
using PlcFleet.StructuredText.Semantics.Libraries;
using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Symbols;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>What every body binder of one compilation shares: symbols, diagnostics, usage records.</summary>
internal sealed class BindingContext(GlobalSymbols globals, MemberTable members, DiagnosticBag diagnostics, UsageRecorder usage, UnresolvedNames unresolved)
{
    private readonly Dictionary<string, StandardFunctionSymbol> _standardFunctions = new(StringComparer.OrdinalIgnoreCase);

    public GlobalSymbols Globals { get; } = globals;

    public MemberTable Members { get; } = members;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public UsageRecorder Usage { get; } = usage;

    public UnresolvedNames Unresolved { get; } = unresolved;

    public StandardFunctionSymbol? StandardFunction(string name)
    {
        if (_standardFunctions.TryGetValue(name, out var symbol))
        {
            return symbol;
        }

        if (!StandardCatalog.TryGetFunction(name, out var function))
        {
            return null;
        }

        symbol = new StandardFunctionSymbol(function);
        _standardFunctions.Add(name, symbol);
        return symbol;
    }
}
