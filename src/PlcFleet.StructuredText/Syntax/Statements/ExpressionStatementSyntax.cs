namespace PlcFleet.StructuredText.Syntax;

/// <summary>An expression used as a statement: a function, function block or method call.</summary>
public sealed class ExpressionStatementSyntax : StatementSyntax
{
    internal ExpressionStatementSyntax(ExpressionSyntax expression, SyntaxToken semicolon)
        : base(SyntaxKind.ExpressionStatement)
    {
        Expression = expression;
        Semicolon = semicolon;
        Initialize();
    }

    public ExpressionSyntax Expression { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Expression,
        1 => Semicolon,
        _ => null,
    };
}
