namespace PlcFleet.StructuredText.Syntax;

/// <summary>expression.member, also bit access x.3 and x.%X3.</summary>
public sealed class MemberAccessExpressionSyntax : ExpressionSyntax
{
    internal MemberAccessExpressionSyntax(ExpressionSyntax expression, SyntaxToken dot, SyntaxToken member)
        : base(SyntaxKind.MemberAccessExpression, [expression, dot, member])
    {
    }

    public ExpressionSyntax Expression => GetNode<ExpressionSyntax>(0);

    public SyntaxToken Dot => GetToken(1);

    public SyntaxToken Member => GetToken(2);
}
