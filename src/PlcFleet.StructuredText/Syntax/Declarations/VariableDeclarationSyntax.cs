namespace PlcFleet.StructuredText.Syntax;

/// <summary>name [, name] [AT %address] : type [:= initial value];</summary>
public sealed class VariableDeclarationSyntax : SyntaxNode
{
    internal VariableDeclarationSyntax(SeparatedSyntaxList<SyntaxToken> names, AtClauseSyntax? at, SyntaxToken colon, TypeSyntax @type, VariableInitializerSyntax? initializer, SyntaxToken semicolon)
        : base(SyntaxKind.VariableDeclaration, [names, at, colon, @type, initializer, semicolon])
    {
    }

    public SeparatedSyntaxList<SyntaxToken> Names => GetSeparatedList<SyntaxToken>(0);

    public AtClauseSyntax? At => GetOptionalNode<AtClauseSyntax>(1);

    public SyntaxToken Colon => GetToken(2);

    public TypeSyntax Type => GetNode<TypeSyntax>(3);

    public VariableInitializerSyntax? Initializer => GetOptionalNode<VariableInitializerSyntax>(4);

    public SyntaxToken Semicolon => GetToken(5);
}
