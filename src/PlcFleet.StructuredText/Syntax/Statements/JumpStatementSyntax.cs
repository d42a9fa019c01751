namespace PlcFleet.StructuredText.Syntax;

/// <summary>JMP label;</summary>
public sealed class JumpStatementSyntax : StatementSyntax
{
    internal JumpStatementSyntax(SyntaxToken jmpKeyword, SyntaxToken label, SyntaxToken semicolon)
        : base(SyntaxKind.JumpStatement, [jmpKeyword, label, semicolon])
    {
    }

    public SyntaxToken JmpKeyword => GetToken(0);

    public SyntaxToken Label => GetToken(1);

    public SyntaxToken Semicolon => GetToken(2);
}
