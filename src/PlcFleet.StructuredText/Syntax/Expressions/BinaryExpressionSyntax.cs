namespace PlcFleet.StructuredText.Syntax;

/// <summary>left operator right; the node kind names the operator (OrExpression, AddExpression, ...).</summary>
public sealed class BinaryExpressionSyntax : ExpressionSyntax
{
    internal BinaryExpressionSyntax(SyntaxKind kind, ExpressionSyntax left, SyntaxToken operatorToken, ExpressionSyntax right)
        : base(kind, [left, operatorToken, right])
    {
    }

    public ExpressionSyntax Left => GetNode<ExpressionSyntax>(0);

    public SyntaxToken OperatorToken => GetToken(1);

    public ExpressionSyntax Right => GetNode<ExpressionSyntax>(2);
}
