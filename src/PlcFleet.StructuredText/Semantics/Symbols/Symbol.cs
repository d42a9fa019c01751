using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>A named entity of a PLC project: variable, POU, type, enum member, task. Names compare case-insensitively (IEC).</summary>
public abstract class Symbol
{
    private protected Symbol(string name, SyntaxNode? declaration)
    {
        Name = name;
        Declaration = declaration;
    }

    public string Name { get; }

    /// <summary>Where it is declared; null for standard library entities.</summary>
    public SyntaxNode? Declaration { get; }

    public override string ToString() => Name;
}
