namespace PlcFleet.StructuredText.Syntax;

/// <summary>lower..upper in CASE labels, array bounds and subranges.</summary>
public sealed class RangeExpressionSyntax : ExpressionSyntax
{
    internal RangeExpressionSyntax(ExpressionSyntax lower, SyntaxToken dotDot, ExpressionSyntax upper)
        : base(SyntaxKind.RangeExpression, [lower, dotDot, upper])
    {
    }

    public ExpressionSyntax Lower => GetNode<ExpressionSyntax>(0);

    public SyntaxToken DotDot => GetToken(1);

    public ExpressionSyntax Upper => GetNode<ExpressionSyntax>(2);
}
