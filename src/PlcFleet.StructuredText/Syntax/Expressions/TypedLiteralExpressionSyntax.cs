namespace PlcFleet.StructuredText.Syntax;

/// <summary>type#value: INT#5, REAL#1.5, BOOL#TRUE, E_State#Running.</summary>
public sealed class TypedLiteralExpressionSyntax : ExpressionSyntax
{
    internal TypedLiteralExpressionSyntax(SyntaxToken typeName, SyntaxToken hash, ExpressionSyntax @value)
        : base(SyntaxKind.TypedLiteralExpression, [typeName, hash, @value])
    {
    }

    public SyntaxToken TypeName => GetToken(0);

    public SyntaxToken Hash => GetToken(1);

    public ExpressionSyntax Value => GetNode<ExpressionSyntax>(2);
}
