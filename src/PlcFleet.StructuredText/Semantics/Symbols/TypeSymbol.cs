using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>A user data type declared in TYPE ... END_TYPE: struct, enum, alias, subrange, array, union.</summary>
public sealed class TypeSymbol : Symbol
{
    internal TypeSymbol(string name, TypeDefinitionSyntax declaration)
        : base(name, declaration)
    {
        Definition = declaration;
    }

    public TypeDefinitionSyntax Definition { get; }

    public StType Type { get; internal set; } = ErrorType.Instance;
}
