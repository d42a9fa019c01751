namespace PlcFleet.StructuredText.Syntax;

/// <summary>A literal: number, string, TRUE/FALSE, duration, date or time of day; the token kind tells which.</summary>
public sealed class LiteralExpressionSyntax : ExpressionSyntax
{
    internal LiteralExpressionSyntax(SyntaxToken token)
        : base(SyntaxKind.LiteralExpression)
    {
        Token = token;
        Initialize();
    }

    public SyntaxToken Token { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Token,
        _ => null,
    };
}
