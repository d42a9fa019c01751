namespace PlcFleet.StructuredText.Syntax;

/// <summary>WHILE condition DO ... END_WHILE.</summary>
public sealed class WhileStatementSyntax : StatementSyntax
{
    internal WhileStatementSyntax(SyntaxToken whileKeyword, ExpressionSyntax condition, SyntaxToken doKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.WhileStatement)
    {
        WhileKeyword = whileKeyword;
        Condition = condition;
        DoKeyword = doKeyword;
        Statements = statements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken WhileKeyword { get; }

    public ExpressionSyntax Condition { get; }

    public SyntaxToken DoKeyword { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => WhileKeyword,
        1 => Condition,
        2 => DoKeyword,
        3 => Statements,
        4 => EndKeyword,
        5 => Semicolon,
        _ => null,
    };
}
