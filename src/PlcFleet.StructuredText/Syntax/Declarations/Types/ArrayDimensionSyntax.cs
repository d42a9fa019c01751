namespace PlcFleet.StructuredText.Syntax;

/// <summary>One array dimension: lower..upper, or * for a variable-length array.</summary>
public sealed class ArrayDimensionSyntax : SyntaxNode
{
    internal ArrayDimensionSyntax(ExpressionSyntax? lower, SyntaxToken? dotDot, ExpressionSyntax? upper, SyntaxToken? star)
        : base(SyntaxKind.ArrayDimension, [lower, dotDot, upper, star])
    {
    }

    public ExpressionSyntax? Lower => GetOptionalNode<ExpressionSyntax>(0);

    public SyntaxToken? DotDot => GetOptionalToken(1);

    public ExpressionSyntax? Upper => GetOptionalNode<ExpressionSyntax>(2);

    public SyntaxToken? Star => GetOptionalToken(3);
}
