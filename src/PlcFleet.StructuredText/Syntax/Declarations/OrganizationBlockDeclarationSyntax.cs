namespace PlcFleet.StructuredText.Syntax;

/// <summary>Siemens ORGANIZATION_BLOCK name ... BEGIN ... END_ORGANIZATION_BLOCK.</summary>
public sealed class OrganizationBlockDeclarationSyntax : DeclarationSyntax
{
    internal OrganizationBlockDeclarationSyntax(SyntaxToken organizationBlockKeyword, SyntaxToken name, SyntaxList<BlockAttributeSyntax> headers, SyntaxList<VarBlockSyntax> varBlocks, SyntaxToken? beginKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.OrganizationBlockDeclaration, [organizationBlockKeyword, name, headers, varBlocks, beginKeyword, statements, endKeyword, semicolon])
    {
    }

    public SyntaxToken OrganizationBlockKeyword => GetToken(0);

    public SyntaxToken Name => GetToken(1);

    public SyntaxList<BlockAttributeSyntax> Headers => GetList<BlockAttributeSyntax>(2);

    public SyntaxList<VarBlockSyntax> VarBlocks => GetList<VarBlockSyntax>(3);

    public SyntaxToken? BeginKeyword => GetOptionalToken(4);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(5);

    public SyntaxToken EndKeyword => GetToken(6);

    public SyntaxToken? Semicolon => GetOptionalToken(7);
}
