namespace PlcFleet.StructuredText.Syntax;

/// <summary>pointer^.</summary>
public sealed class DereferenceExpressionSyntax : ExpressionSyntax
{
    internal DereferenceExpressionSyntax(ExpressionSyntax expression, SyntaxToken caret)
        : base(SyntaxKind.DereferenceExpression, [expression, caret])
    {
    }

    public ExpressionSyntax Expression => GetNode<ExpressionSyntax>(0);

    public SyntaxToken Caret => GetToken(1);
}
