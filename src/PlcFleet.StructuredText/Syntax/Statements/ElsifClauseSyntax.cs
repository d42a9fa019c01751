namespace PlcFleet.StructuredText.Syntax;

/// <summary>ELSIF condition THEN statements.</summary>
public sealed class ElsifClauseSyntax : SyntaxNode
{
    internal ElsifClauseSyntax(SyntaxToken elsifKeyword, ExpressionSyntax condition, SyntaxToken thenKeyword, SyntaxList<StatementSyntax> statements)
        : base(SyntaxKind.ElsifClause, [elsifKeyword, condition, thenKeyword, statements])
    {
    }

    public SyntaxToken ElsifKeyword => GetToken(0);

    public ExpressionSyntax Condition => GetNode<ExpressionSyntax>(1);

    public SyntaxToken ThenKeyword => GetToken(2);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(3);
}
