namespace PlcFleet.StructuredText.Syntax;

/// <summary>RETURN; leaves the POU for this scan.</summary>
public sealed class ReturnStatementSyntax : StatementSyntax
{
    internal ReturnStatementSyntax(SyntaxToken returnKeyword, SyntaxToken semicolon)
        : base(SyntaxKind.ReturnStatement, [returnKeyword, semicolon])
    {
    }

    public SyntaxToken ReturnKeyword => GetToken(0);

    public SyntaxToken Semicolon => GetToken(1);
}
