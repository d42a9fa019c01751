namespace PlcFleet.StructuredText.Syntax;

/// <summary>target := value; also S= (set), R= (reset) and REF= (reference) assignments.</summary>
public sealed class AssignmentStatementSyntax : StatementSyntax
{
    internal AssignmentStatementSyntax(ExpressionSyntax left, SyntaxToken operatorToken, ExpressionSyntax right, SyntaxToken semicolon)
        : base(SyntaxKind.AssignmentStatement)
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
        Semicolon = semicolon;
        Initialize();
    }

    public ExpressionSyntax Left { get; }

    public SyntaxToken OperatorToken { get; }

    public ExpressionSyntax Right { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Left,
        1 => OperatorToken,
        2 => Right,
        3 => Semicolon,
        _ => null,
    };
}
