namespace PlcFleet.StructuredText.Syntax;

/// <summary>IMPLEMENTS interface [, interface...].</summary>
public sealed class ImplementsClauseSyntax : SyntaxNode
{
    internal ImplementsClauseSyntax(SyntaxToken implementsKeyword, SeparatedSyntaxList<SyntaxToken> interfaces)
        : base(SyntaxKind.ImplementsClause, [implementsKeyword, interfaces])
    {
    }

    public SyntaxToken ImplementsKeyword => GetToken(0);

    public SeparatedSyntaxList<SyntaxToken> Interfaces => GetSeparatedList<SyntaxToken>(1);
}
