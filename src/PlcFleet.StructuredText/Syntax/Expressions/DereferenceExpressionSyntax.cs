namespace PlcFleet.StructuredText.Syntax;

/// <summary>pointer^.</summary>
public sealed class DereferenceExpressionSyntax : ExpressionSyntax
{
    internal DereferenceExpressionSyntax(ExpressionSyntax expression, SyntaxToken caret)
        : base(SyntaxKind.DereferenceExpression)
    {
        Expression = expression;
        Caret = caret;
        Initialize();
    }

    public ExpressionSyntax Expression { get; }

    public SyntaxToken Caret { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Expression,
        1 => Caret,
        _ => null,
    };
}
