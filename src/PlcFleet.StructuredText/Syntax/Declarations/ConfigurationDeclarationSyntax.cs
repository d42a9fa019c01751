namespace PlcFleet.StructuredText.Syntax;

/// <summary>CONFIGURATION name ... END_CONFIGURATION: resources, tasks and program instances.</summary>
public sealed class ConfigurationDeclarationSyntax : DeclarationSyntax
{
    internal ConfigurationDeclarationSyntax(SyntaxToken configurationKeyword, SyntaxToken name, SyntaxList<SyntaxNode> elements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.ConfigurationDeclaration, [configurationKeyword, name, elements, endKeyword, semicolon])
    {
    }

    public SyntaxToken ConfigurationKeyword => GetToken(0);

    public SyntaxToken Name => GetToken(1);

    public SyntaxList<SyntaxNode> Elements => GetList<SyntaxNode>(2);

    public SyntaxToken EndKeyword => GetToken(3);

    public SyntaxToken? Semicolon => GetOptionalToken(4);
}
