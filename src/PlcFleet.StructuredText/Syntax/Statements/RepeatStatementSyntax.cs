namespace PlcFleet.StructuredText.Syntax;

/// <summary>REPEAT ... UNTIL condition END_REPEAT.</summary>
public sealed class RepeatStatementSyntax : StatementSyntax
{
    internal RepeatStatementSyntax(SyntaxToken repeatKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken untilKeyword, ExpressionSyntax condition, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.RepeatStatement)
    {
        RepeatKeyword = repeatKeyword;
        Statements = statements;
        UntilKeyword = untilKeyword;
        Condition = condition;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken RepeatKeyword { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken UntilKeyword { get; }

    public ExpressionSyntax Condition { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => RepeatKeyword,
        1 => Statements,
        2 => UntilKeyword,
        3 => Condition,
        4 => EndKeyword,
        5 => Semicolon,
        _ => null,
    };
}
