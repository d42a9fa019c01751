namespace PlcFleet.StructuredText.Syntax;

/// <summary>EXIT; leaves the innermost loop.</summary>
public sealed class ExitStatementSyntax : StatementSyntax
{
    internal ExitStatementSyntax(SyntaxToken exitKeyword, SyntaxToken semicolon)
        : base(SyntaxKind.ExitStatement, [exitKeyword, semicolon])
    {
    }

    public SyntaxToken ExitKeyword => GetToken(0);

    public SyntaxToken Semicolon => GetToken(1);
}
