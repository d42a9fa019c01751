namespace PlcFleet.StructuredText.Syntax;

/// <summary>ELSE statements (of IF or CASE).</summary>
public sealed class ElseClauseSyntax : SyntaxNode
{
    internal ElseClauseSyntax(SyntaxToken elseKeyword, SyntaxList<StatementSyntax> statements)
        : base(SyntaxKind.ElseClause)
    {
        ElseKeyword = elseKeyword;
        Statements = statements;
        Initialize();
    }

    public SyntaxToken ElseKeyword { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ElseKeyword,
        1 => Statements,
        _ => null,
    };
}
