namespace PlcFleet.StructuredText.Syntax;

/// <summary>[value, value, count(value)] initial value of an array.</summary>
public sealed class ArrayInitializerSyntax : ExpressionSyntax
{
    internal ArrayInitializerSyntax(SyntaxToken openBracket, SeparatedSyntaxList<ExpressionSyntax> elements, SyntaxToken closeBracket)
        : base(SyntaxKind.ArrayInitializer, [openBracket, elements, closeBracket])
    {
    }

    public SyntaxToken OpenBracket => GetToken(0);

    public SeparatedSyntaxList<ExpressionSyntax> Elements => GetSeparatedList<ExpressionSyntax>(1);

    public SyntaxToken CloseBracket => GetToken(2);
}
