namespace PlcFleet.StructuredText.Syntax;

/// <summary>TYPE ... END_TYPE holding one or more data type definitions.</summary>
public sealed class TypeDeclarationSyntax : DeclarationSyntax
{
    internal TypeDeclarationSyntax(SyntaxToken typeKeyword, SyntaxList<TypeDefinitionSyntax> definitions, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.TypeDeclaration, [typeKeyword, definitions, endKeyword, semicolon])
    {
    }

    public SyntaxToken TypeKeyword => GetToken(0);

    public SyntaxList<TypeDefinitionSyntax> Definitions => GetList<TypeDefinitionSyntax>(1);

    public SyntaxToken EndKeyword => GetToken(2);

    public SyntaxToken? Semicolon => GetOptionalToken(3);
}
