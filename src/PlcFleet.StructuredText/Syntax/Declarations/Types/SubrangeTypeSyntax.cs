namespace PlcFleet.StructuredText.Syntax;

/// <summary>A subrange such as INT(0..100).</summary>
public sealed class SubrangeTypeSyntax : TypeSyntax
{
    internal SubrangeTypeSyntax(TypeSyntax baseType, SyntaxToken openParen, ExpressionSyntax range, SyntaxToken closeParen)
        : base(SyntaxKind.SubrangeType, [baseType, openParen, range, closeParen])
    {
    }

    public TypeSyntax BaseType => GetNode<TypeSyntax>(0);

    public SyntaxToken OpenParen => GetToken(1);

    public ExpressionSyntax Range => GetNode<ExpressionSyntax>(2);

    public SyntaxToken CloseParen => GetToken(3);
}
