namespace PlcFleet.StructuredText.Syntax;

/// <summary>ACTION name: statements END_ACTION.</summary>
public sealed class ActionDeclarationSyntax : DeclarationSyntax
{
    internal ActionDeclarationSyntax(SyntaxToken actionKeyword, SyntaxToken name, SyntaxToken? colon, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.ActionDeclaration, [actionKeyword, name, colon, statements, endKeyword, semicolon])
    {
    }

    public SyntaxToken ActionKeyword => GetToken(0);

    public SyntaxToken Name => GetToken(1);

    public SyntaxToken? Colon => GetOptionalToken(2);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(3);

    public SyntaxToken EndKeyword => GetToken(4);

    public SyntaxToken? Semicolon => GetOptionalToken(5);
}
