namespace PlcFleet.StructuredText.Syntax;

/// <summary>An expression used as a statement: a function, function block or method call.</summary>
public sealed class ExpressionStatementSyntax : StatementSyntax
{
    internal ExpressionStatementSyntax(ExpressionSyntax expression, SyntaxToken semicolon)
        : base(SyntaxKind.ExpressionStatement, [expression, semicolon])
    {
    }

    public ExpressionSyntax Expression => GetNode<ExpressionSyntax>(0);

    public SyntaxToken Semicolon => GetToken(1);
}
