namespace PlcFleet.StructuredText.Syntax;

/// <summary>Siemens ORGANIZATION_BLOCK name ... BEGIN ... END_ORGANIZATION_BLOCK.</summary>
public sealed class OrganizationBlockDeclarationSyntax : DeclarationSyntax
{
    internal OrganizationBlockDeclarationSyntax(SyntaxToken organizationBlockKeyword, SyntaxToken name, SyntaxList<BlockAttributeSyntax> headers, SyntaxList<VarBlockSyntax> varBlocks, SyntaxToken? beginKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.OrganizationBlockDeclaration)
    {
        OrganizationBlockKeyword = organizationBlockKeyword;
        Name = name;
        Headers = headers;
        VarBlocks = varBlocks;
        BeginKeyword = beginKeyword;
        Statements = statements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken OrganizationBlockKeyword { get; }

    public SyntaxToken Name { get; }

    public SyntaxList<BlockAttributeSyntax> Headers { get; }

    public SyntaxList<VarBlockSyntax> VarBlocks { get; }

    public SyntaxToken? BeginKeyword { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OrganizationBlockKeyword,
        1 => Name,
        2 => Headers,
        3 => VarBlocks,
        4 => BeginKeyword,
        5 => Statements,
        6 => EndKeyword,
        7 => Semicolon,
        _ => null,
    };
}
