namespace PlcFleet.StructuredText.Syntax;

/// <summary>WHILE condition DO ... END_WHILE.</summary>
public sealed class WhileStatementSyntax : StatementSyntax
{
    internal WhileStatementSyntax(SyntaxToken whileKeyword, ExpressionSyntax condition, SyntaxToken doKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.WhileStatement, [whileKeyword, condition, doKeyword, statements, endKeyword, semicolon])
    {
    }

    public SyntaxToken WhileKeyword => GetToken(0);

    public ExpressionSyntax Condition => GetNode<ExpressionSyntax>(1);

    public SyntaxToken DoKeyword => GetToken(2);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(3);

    public SyntaxToken EndKeyword => GetToken(4);

    public SyntaxToken? Semicolon => GetOptionalToken(5);
}
