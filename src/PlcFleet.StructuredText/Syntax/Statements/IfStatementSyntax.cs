namespace PlcFleet.StructuredText.Syntax;

/// <summary>IF condition THEN ... ELSIF ... ELSE ... END_IF.</summary>
public sealed class IfStatementSyntax : StatementSyntax
{
    internal IfStatementSyntax(SyntaxToken ifKeyword, ExpressionSyntax condition, SyntaxToken thenKeyword, SyntaxList<StatementSyntax> statements, SyntaxList<ElsifClauseSyntax> elseIfClauses, ElseClauseSyntax? elseClause, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.IfStatement)
    {
        IfKeyword = ifKeyword;
        Condition = condition;
        ThenKeyword = thenKeyword;
        Statements = statements;
        ElseIfClauses = elseIfClauses;
        ElseClause = elseClause;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken IfKeyword { get; }

    public ExpressionSyntax Condition { get; }

    public SyntaxToken ThenKeyword { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxList<ElsifClauseSyntax> ElseIfClauses { get; }

    public ElseClauseSyntax? ElseClause { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => IfKeyword,
        1 => Condition,
        2 => ThenKeyword,
        3 => Statements,
        4 => ElseIfClauses,
        5 => ElseClause,
        6 => EndKeyword,
        7 => Semicolon,
        _ => null,
    };
}
