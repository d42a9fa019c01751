namespace PlcFleet.StructuredText.Syntax;

/// <summary>IF condition THEN ... ELSIF ... ELSE ... END_IF.</summary>
public sealed class IfStatementSyntax : StatementSyntax
{
    internal IfStatementSyntax(SyntaxToken ifKeyword, ExpressionSyntax condition, SyntaxToken thenKeyword, SyntaxList<StatementSyntax> statements, SyntaxList<ElsifClauseSyntax> elseIfClauses, ElseClauseSyntax? elseClause, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.IfStatement, [ifKeyword, condition, thenKeyword, statements, elseIfClauses, elseClause, endKeyword, semicolon])
    {
    }

    public SyntaxToken IfKeyword => GetToken(0);

    public ExpressionSyntax Condition => GetNode<ExpressionSyntax>(1);

    public SyntaxToken ThenKeyword => GetToken(2);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(3);

    public SyntaxList<ElsifClauseSyntax> ElseIfClauses => GetList<ElsifClauseSyntax>(4);

    public ElseClauseSyntax? ElseClause => GetOptionalNode<ElseClauseSyntax>(5);

    public SyntaxToken EndKeyword => GetToken(6);

    public SyntaxToken? Semicolon => GetOptionalToken(7);
}
