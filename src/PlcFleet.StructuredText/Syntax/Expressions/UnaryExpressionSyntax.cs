namespace PlcFleet.StructuredText.Syntax;

/// <summary>NOT x, -x or +x; the node kind names the operator.</summary>
public sealed class UnaryExpressionSyntax : ExpressionSyntax
{
    internal UnaryExpressionSyntax(SyntaxKind kind, SyntaxToken operatorToken, ExpressionSyntax operand)
        : base(kind, [operatorToken, operand])
    {
    }

    public SyntaxToken OperatorToken => GetToken(0);

    public ExpressionSyntax Operand => GetNode<ExpressionSyntax>(1);
}
