namespace PlcFleet.StructuredText.Syntax;

/// <summary>EXTENDS base [, base...] (interfaces may extend several).</summary>
public sealed class ExtendsClauseSyntax : SyntaxNode
{
    internal ExtendsClauseSyntax(SyntaxToken extendsKeyword, SeparatedSyntaxList<SyntaxToken> baseTypes)
        : base(SyntaxKind.ExtendsClause, [extendsKeyword, baseTypes])
    {
    }

    public SyntaxToken ExtendsKeyword => GetToken(0);

    public SeparatedSyntaxList<SyntaxToken> BaseTypes => GetSeparatedList<SyntaxToken>(1);
}
