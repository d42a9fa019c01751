namespace PlcFleet.StructuredText.Syntax;

/// <summary>ELSIF condition THEN statements.</summary>
public sealed class ElsifClauseSyntax : SyntaxNode
{
    internal ElsifClauseSyntax(SyntaxToken elsifKeyword, ExpressionSyntax condition, SyntaxToken thenKeyword, SyntaxList<StatementSyntax> statements)
        : base(SyntaxKind.ElsifClause)
    {
        ElsifKeyword = elsifKeyword;
        Condition = condition;
        ThenKeyword = thenKeyword;
        Statements = statements;
        Initialize();
    }

    public SyntaxToken ElsifKeyword { get; }

    public ExpressionSyntax Condition { get; }

    public SyntaxToken ThenKeyword { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ElsifKeyword,
        1 => Condition,
        2 => ThenKeyword,
        3 => Statements,
        _ => null,
    };
}
