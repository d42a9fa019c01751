namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// The inner part of a chained assignment <c>a := b := FALSE;</c> (CODESYS): <c>b := FALSE</c> assigns and its value is
/// the value assigned. It appears only as the right side of an assignment statement.
/// </summary>
public sealed class AssignmentExpressionSyntax : ExpressionSyntax
{
    internal AssignmentExpressionSyntax(ExpressionSyntax left, SyntaxToken operatorToken, ExpressionSyntax right)
        : base(SyntaxKind.AssignmentExpression)
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
        Initialize();
    }

    public ExpressionSyntax Left { get; }

    public SyntaxToken OperatorToken { get; }

    public ExpressionSyntax Right { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Left,
        1 => OperatorToken,
        2 => Right,
        _ => null,
    };
}
