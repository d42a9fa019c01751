namespace PlcFleet.StructuredText.Syntax;

/// <summary>( expression ).</summary>
public sealed class ParenthesizedExpressionSyntax : ExpressionSyntax
{
    internal ParenthesizedExpressionSyntax(SyntaxToken openParen, ExpressionSyntax expression, SyntaxToken closeParen)
        : base(SyntaxKind.ParenthesizedExpression)
    {
        OpenParen = openParen;
        Expression = expression;
        CloseParen = closeParen;
        Initialize();
    }

    public SyntaxToken OpenParen { get; }

    public ExpressionSyntax Expression { get; }

    public SyntaxToken CloseParen { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Expression,
        2 => CloseParen,
        _ => null,
    };
}
