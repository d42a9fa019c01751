namespace PlcFleet.StructuredText.Syntax;

/// <summary>target := value; also S= (set), R= (reset) and REF= (reference) assignments.</summary>
public sealed class AssignmentStatementSyntax : StatementSyntax
{
    internal AssignmentStatementSyntax(ExpressionSyntax left, SyntaxToken operatorToken, ExpressionSyntax right, SyntaxToken semicolon)
        : base(SyntaxKind.AssignmentStatement, [left, operatorToken, right, semicolon])
    {
    }

    public ExpressionSyntax Left => GetNode<ExpressionSyntax>(0);

    public SyntaxToken OperatorToken => GetToken(1);

    public ExpressionSyntax Right => GetNode<ExpressionSyntax>(2);

    public SyntaxToken Semicolon => GetToken(3);
}
