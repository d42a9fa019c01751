namespace PlcFleet.StructuredText.Syntax;

/// <summary>Siemens DATA_BLOCK name: an instance DB of a type or a STRUCT/VAR layout, with BEGIN initial values.</summary>
public sealed class DataBlockDeclarationSyntax : DeclarationSyntax
{
    internal DataBlockDeclarationSyntax(SyntaxToken dataBlockKeyword, SyntaxToken name, SyntaxList<BlockAttributeSyntax> headers, SyntaxList<SyntaxToken> qualifiers, TypeSyntax? @type, SyntaxToken? typeSemicolon, SyntaxList<VarBlockSyntax> varBlocks, SyntaxToken? beginKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.DataBlockDeclaration)
    {
        DataBlockKeyword = dataBlockKeyword;
        Name = name;
        Headers = headers;
        Qualifiers = qualifiers;
        Type = @type;
        TypeSemicolon = typeSemicolon;
        VarBlocks = varBlocks;
        BeginKeyword = beginKeyword;
        Statements = statements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken DataBlockKeyword { get; }

    public SyntaxToken Name { get; }

    public SyntaxList<BlockAttributeSyntax> Headers { get; }

    public SyntaxList<SyntaxToken> Qualifiers { get; }

    public TypeSyntax? Type { get; }

    public SyntaxToken? TypeSemicolon { get; }

    public SyntaxList<VarBlockSyntax> VarBlocks { get; }

    public SyntaxToken? BeginKeyword { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 11;

    internal override object? GetSlot(int index) => index switch
    {
        0 => DataBlockKeyword,
        1 => Name,
        2 => Headers,
        3 => Qualifiers,
        4 => Type,
        5 => TypeSemicolon,
        6 => VarBlocks,
        7 => BeginKeyword,
        8 => Statements,
        9 => EndKeyword,
        10 => Semicolon,
        _ => null,
    };
}
