namespace PlcFleet.StructuredText.Syntax;

/// <summary>ELSE statements (of IF or CASE).</summary>
public sealed class ElseClauseSyntax : SyntaxNode
{
    internal ElseClauseSyntax(SyntaxToken elseKeyword, SyntaxList<StatementSyntax> statements)
        : base(SyntaxKind.ElseClause, [elseKeyword, statements])
    {
    }

    public SyntaxToken ElseKeyword => GetToken(0);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(1);
}
