using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>PROGRAM instance WITH task : type; one program scanned by a task.</summary>
public sealed class ProgramInstanceSymbol : Symbol
{
    internal ProgramInstanceSymbol(string name, ProgramConfigurationSyntax declaration, string? taskName, PouSymbol? program)
        : base(name, declaration)
    {
        TaskName = taskName;
        Program = program;
    }

    public string? TaskName { get; }

    /// <summary>The PROGRAM type; null when it is not declared (reported as ST1020).</summary>
    public PouSymbol? Program { get; }
}
