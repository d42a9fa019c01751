namespace PlcFleet.StructuredText.Syntax;

/// <summary>NOT x, -x or +x; the node kind names the operator.</summary>
public sealed class UnaryExpressionSyntax : ExpressionSyntax
{
    internal UnaryExpressionSyntax(SyntaxKind kind, SyntaxToken operatorToken, ExpressionSyntax operand)
        : base(kind)
    {
        OperatorToken = operatorToken;
        Operand = operand;
        Initialize();
    }

    public SyntaxToken OperatorToken { get; }

    public ExpressionSyntax Operand { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OperatorToken,
        1 => Operand,
        _ => null,
    };
}
