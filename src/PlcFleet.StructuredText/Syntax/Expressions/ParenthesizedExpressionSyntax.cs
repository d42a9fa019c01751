namespace PlcFleet.StructuredText.Syntax;

/// <summary>( expression ).</summary>
public sealed class ParenthesizedExpressionSyntax : ExpressionSyntax
{
    internal ParenthesizedExpressionSyntax(SyntaxToken openParen, ExpressionSyntax expression, SyntaxToken closeParen)
        : base(SyntaxKind.ParenthesizedExpression, [openParen, expression, closeParen])
    {
    }

    public SyntaxToken OpenParen => GetToken(0);

    public ExpressionSyntax Expression => GetNode<ExpressionSyntax>(1);

    public SyntaxToken CloseParen => GetToken(2);
}
