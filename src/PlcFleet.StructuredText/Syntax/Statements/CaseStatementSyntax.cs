namespace PlcFleet.StructuredText.Syntax;

/// <summary>CASE selector OF labels: statements ... ELSE ... END_CASE; the usual PLC state machine.</summary>
public sealed class CaseStatementSyntax : StatementSyntax
{
    internal CaseStatementSyntax(SyntaxToken caseKeyword, ExpressionSyntax selector, SyntaxToken ofKeyword, SyntaxList<CaseElementSyntax> elements, ElseClauseSyntax? elseClause, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.CaseStatement, [caseKeyword, selector, ofKeyword, elements, elseClause, endKeyword, semicolon])
    {
    }

    public SyntaxToken CaseKeyword => GetToken(0);

    public ExpressionSyntax Selector => GetNode<ExpressionSyntax>(1);

    public SyntaxToken OfKeyword => GetToken(2);

    public SyntaxList<CaseElementSyntax> Elements => GetList<CaseElementSyntax>(3);

    public ElseClauseSyntax? ElseClause => GetOptionalNode<ElseClauseSyntax>(4);

    public SyntaxToken EndKeyword => GetToken(5);

    public SyntaxToken? Semicolon => GetOptionalToken(6);
}
