namespace PlcFleet.StructuredText.Syntax;

/// <summary>INTERFACE name [EXTENDS ...] with method and property prototypes ... END_INTERFACE.</summary>
public sealed class InterfaceDeclarationSyntax : DeclarationSyntax
{
    internal InterfaceDeclarationSyntax(SyntaxToken interfaceKeyword, SyntaxToken name, ExtendsClauseSyntax? extends, SyntaxList<DeclarationSyntax> members, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.InterfaceDeclaration, [interfaceKeyword, name, extends, members, endKeyword, semicolon])
    {
    }

    public SyntaxToken InterfaceKeyword => GetToken(0);

    public SyntaxToken Name => GetToken(1);

    public ExtendsClauseSyntax? Extends => GetOptionalNode<ExtendsClauseSyntax>(2);

    public SyntaxList<DeclarationSyntax> Members => GetList<DeclarationSyntax>(3);

    public SyntaxToken EndKeyword => GetToken(4);

    public SyntaxToken? Semicolon => GetOptionalToken(5);
}
