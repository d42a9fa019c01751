namespace PlcFleet.StructuredText.Syntax;

/// <summary>CONTINUE; starts the next loop iteration.</summary>
public sealed class ContinueStatementSyntax : StatementSyntax
{
    internal ContinueStatementSyntax(SyntaxToken continueKeyword, SyntaxToken semicolon)
        : base(SyntaxKind.ContinueStatement, [continueKeyword, semicolon])
    {
    }

    public SyntaxToken ContinueKeyword => GetToken(0);

    public SyntaxToken Semicolon => GetToken(1);
}
