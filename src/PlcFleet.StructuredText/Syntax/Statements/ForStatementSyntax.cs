namespace PlcFleet.StructuredText.Syntax;

/// <summary>FOR i := start TO end [BY step] DO ... END_FOR.</summary>
public sealed class ForStatementSyntax : StatementSyntax
{
    internal ForStatementSyntax(SyntaxToken forKeyword, ExpressionSyntax variable, SyntaxToken colonEquals, ExpressionSyntax start, SyntaxToken toKeyword, ExpressionSyntax end, SyntaxToken? byKeyword, ExpressionSyntax? step, SyntaxToken doKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.ForStatement, [forKeyword, variable, colonEquals, start, toKeyword, end, byKeyword, step, doKeyword, statements, endKeyword, semicolon])
    {
    }

    public SyntaxToken ForKeyword => GetToken(0);

    public ExpressionSyntax Variable => GetNode<ExpressionSyntax>(1);

    public SyntaxToken ColonEquals => GetToken(2);

    public ExpressionSyntax Start => GetNode<ExpressionSyntax>(3);

    public SyntaxToken ToKeyword => GetToken(4);

    public ExpressionSyntax End => GetNode<ExpressionSyntax>(5);

    public SyntaxToken? ByKeyword => GetOptionalToken(6);

    public ExpressionSyntax? Step => GetOptionalNode<ExpressionSyntax>(7);

    public SyntaxToken DoKeyword => GetToken(8);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(9);

    public SyntaxToken EndKeyword => GetToken(10);

    public SyntaxToken? Semicolon => GetOptionalToken(11);
}
