namespace PlcFleet.StructuredText.Syntax;

/// <summary>A literal: number, string, TRUE/FALSE, duration, date or time of day; the token kind tells which.</summary>
public sealed class LiteralExpressionSyntax : ExpressionSyntax
{
    internal LiteralExpressionSyntax(SyntaxToken token)
        : base(SyntaxKind.LiteralExpression, [token])
    {
    }

    public SyntaxToken Token => GetToken(0);
}
