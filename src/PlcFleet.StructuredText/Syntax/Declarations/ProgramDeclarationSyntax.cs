namespace PlcFleet.StructuredText.Syntax;

/// <summary>PROGRAM name ... END_PROGRAM.</summary>
public sealed class ProgramDeclarationSyntax : DeclarationSyntax
{
    internal ProgramDeclarationSyntax(SyntaxToken programKeyword, SyntaxToken name, SyntaxList<VarBlockSyntax> varBlocks, SyntaxList<DeclarationSyntax> members, SyntaxToken? beginKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.ProgramDeclaration, [programKeyword, name, varBlocks, members, beginKeyword, statements, endKeyword, semicolon])
    {
    }

    public SyntaxToken ProgramKeyword => GetToken(0);

    public SyntaxToken Name => GetToken(1);

    public SyntaxList<VarBlockSyntax> VarBlocks => GetList<VarBlockSyntax>(2);

    public SyntaxList<DeclarationSyntax> Members => GetList<DeclarationSyntax>(3);

    public SyntaxToken? BeginKeyword => GetOptionalToken(4);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(5);

    public SyntaxToken EndKeyword => GetToken(6);

    public SyntaxToken? Semicolon => GetOptionalToken(7);
}
