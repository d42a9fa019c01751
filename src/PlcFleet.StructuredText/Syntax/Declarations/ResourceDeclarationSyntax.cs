namespace PlcFleet.StructuredText.Syntax;

/// <summary>RESOURCE name ON processor ... END_RESOURCE.</summary>
public sealed class ResourceDeclarationSyntax : DeclarationSyntax
{
    internal ResourceDeclarationSyntax(SyntaxToken resourceKeyword, SyntaxToken name, SyntaxToken? onKeyword, SyntaxToken? processorName, SyntaxList<SyntaxNode> elements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.ResourceDeclaration, [resourceKeyword, name, onKeyword, processorName, elements, endKeyword, semicolon])
    {
    }

    public SyntaxToken ResourceKeyword => GetToken(0);

    public SyntaxToken Name => GetToken(1);

    public SyntaxToken? OnKeyword => GetOptionalToken(2);

    public SyntaxToken? ProcessorName => GetOptionalToken(3);

    public SyntaxList<SyntaxNode> Elements => GetList<SyntaxNode>(4);

    public SyntaxToken EndKeyword => GetToken(5);

    public SyntaxToken? Semicolon => GetOptionalToken(6);
}
