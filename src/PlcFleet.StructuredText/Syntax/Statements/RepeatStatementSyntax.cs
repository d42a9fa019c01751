namespace PlcFleet.StructuredText.Syntax;

/// <summary>REPEAT ... UNTIL condition END_REPEAT.</summary>
public sealed class RepeatStatementSyntax : StatementSyntax
{
    internal RepeatStatementSyntax(SyntaxToken repeatKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken untilKeyword, ExpressionSyntax condition, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.RepeatStatement, [repeatKeyword, statements, untilKeyword, condition, endKeyword, semicolon])
    {
    }

    public SyntaxToken RepeatKeyword => GetToken(0);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(1);

    public SyntaxToken UntilKeyword => GetToken(2);

    public ExpressionSyntax Condition => GetNode<ExpressionSyntax>(3);

    public SyntaxToken EndKeyword => GetToken(4);

    public SyntaxToken? Semicolon => GetOptionalToken(5);
}
