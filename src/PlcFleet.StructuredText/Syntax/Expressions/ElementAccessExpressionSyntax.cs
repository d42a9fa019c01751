namespace PlcFleet.StructuredText.Syntax;

/// <summary>array[i, j].</summary>
public sealed class ElementAccessExpressionSyntax : ExpressionSyntax
{
    internal ElementAccessExpressionSyntax(ExpressionSyntax expression, SyntaxToken openBracket, SeparatedSyntaxList<ExpressionSyntax> indices, SyntaxToken closeBracket)
        : base(SyntaxKind.ElementAccessExpression)
    {
        Expression = expression;
        OpenBracket = openBracket;
        Indices = indices;
        CloseBracket = closeBracket;
        Initialize();
    }

    public ExpressionSyntax Expression { get; }

    public SyntaxToken OpenBracket { get; }

    public SeparatedSyntaxList<ExpressionSyntax> Indices { get; }

    public SyntaxToken CloseBracket { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Expression,
        1 => OpenBracket,
        2 => Indices,
        3 => CloseBracket,
        _ => null,
    };
}
