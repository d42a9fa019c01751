namespace PlcFleet.StructuredText.Syntax;

/// <summary>TYPE ... END_TYPE holding one or more data type definitions.</summary>
public sealed class TypeDeclarationSyntax : DeclarationSyntax
{
    internal TypeDeclarationSyntax(SyntaxToken typeKeyword, SyntaxList<TypeDefinitionSyntax> definitions, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.TypeDeclaration)
    {
        TypeKeyword = typeKeyword;
        Definitions = definitions;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken TypeKeyword { get; }

    public SyntaxList<TypeDefinitionSyntax> Definitions { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => TypeKeyword,
        1 => Definitions,
        2 => EndKeyword,
        3 => Semicolon,
        _ => null,
    };
}
