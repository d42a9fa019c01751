using PlcFleet.StructuredText.Semantics.Symbols;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>Which variables the bodies read and write, for the unused / write-only / read-only warnings.</summary>
internal sealed class UsageRecorder
{
    private readonly Dictionary<VariableSymbol, VariableUsage> _usage = [];

    public void Record(VariableSymbol variable, VariableUsage usage)
    {
        _usage.TryGetValue(variable, out var existing);
        _usage[variable] = existing | usage;
    }

    public VariableUsage UsageOf(VariableSymbol variable) => _usage.GetValueOrDefault(variable);
}

/// <summary>How a variable is used somewhere in the project.</summary>
[Flags]
internal enum VariableUsage
{
    None = 0,
    Read = 1,
    Written = 2,
    ReadWrite = Read | Written,
}
