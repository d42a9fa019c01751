namespace PlcFleet.StructuredText.Syntax;

/// <summary>A lone semicolon.</summary>
public sealed class EmptyStatementSyntax : StatementSyntax
{
    internal EmptyStatementSyntax(SyntaxToken semicolon)
        : base(SyntaxKind.EmptyStatement, [semicolon])
    {
    }

    public SyntaxToken Semicolon => GetToken(0);
}
