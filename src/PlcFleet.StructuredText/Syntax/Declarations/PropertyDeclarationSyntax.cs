namespace PlcFleet.StructuredText.Syntax;

/// <summary>PROPERTY [modifiers] name : type with GET/SET accessors ... END_PROPERTY.</summary>
public sealed class PropertyDeclarationSyntax : DeclarationSyntax
{
    internal PropertyDeclarationSyntax(SyntaxToken propertyKeyword, SyntaxList<SyntaxToken> modifiers, SyntaxToken name, ReturnTypeClauseSyntax? returnType, SyntaxList<VarBlockSyntax> varBlocks, SyntaxList<PropertyAccessorSyntax> accessors, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.PropertyDeclaration, [propertyKeyword, modifiers, name, returnType, varBlocks, accessors, endKeyword, semicolon])
    {
    }

    public SyntaxToken PropertyKeyword => GetToken(0);

    public SyntaxList<SyntaxToken> Modifiers => GetList<SyntaxToken>(1);

    public SyntaxToken Name => GetToken(2);

    public ReturnTypeClauseSyntax? ReturnType => GetOptionalNode<ReturnTypeClauseSyntax>(3);

    public SyntaxList<VarBlockSyntax> VarBlocks => GetList<VarBlockSyntax>(4);

    public SyntaxList<PropertyAccessorSyntax> Accessors => GetList<PropertyAccessorSyntax>(5);

    public SyntaxToken EndKeyword => GetToken(6);

    public SyntaxToken? Semicolon => GetOptionalToken(7);
}
