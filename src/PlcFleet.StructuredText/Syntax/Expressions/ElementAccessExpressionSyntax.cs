namespace PlcFleet.StructuredText.Syntax;

/// <summary>array[i, j].</summary>
public sealed class ElementAccessExpressionSyntax : ExpressionSyntax
{
    internal ElementAccessExpressionSyntax(ExpressionSyntax expression, SyntaxToken openBracket, SeparatedSyntaxList<ExpressionSyntax> indices, SyntaxToken closeBracket)
        : base(SyntaxKind.ElementAccessExpression, [expression, openBracket, indices, closeBracket])
    {
    }

    public ExpressionSyntax Expression => GetNode<ExpressionSyntax>(0);

    public SyntaxToken OpenBracket => GetToken(1);

    public SeparatedSyntaxList<ExpressionSyntax> Indices => GetSeparatedList<ExpressionSyntax>(2);

    public SyntaxToken CloseBracket => GetToken(3);
}
