namespace PlcFleet.StructuredText.Syntax;

/// <summary>PROGRAM name ... END_PROGRAM.</summary>
public sealed class ProgramDeclarationSyntax : DeclarationSyntax
{
    internal ProgramDeclarationSyntax(SyntaxToken programKeyword, SyntaxToken name, SyntaxList<VarBlockSyntax> varBlocks, SyntaxList<DeclarationSyntax> members, SyntaxToken? beginKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.ProgramDeclaration)
    {
        ProgramKeyword = programKeyword;
        Name = name;
        VarBlocks = varBlocks;
        Members = members;
        BeginKeyword = beginKeyword;
        Statements = statements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken ProgramKeyword { get; }

    public SyntaxToken Name { get; }

    public SyntaxList<VarBlockSyntax> VarBlocks { get; }

    public SyntaxList<DeclarationSyntax> Members { get; }

    public SyntaxToken? BeginKeyword { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ProgramKeyword,
        1 => Name,
        2 => VarBlocks,
        3 => Members,
        4 => BeginKeyword,
        5 => Statements,
        6 => EndKeyword,
        7 => Semicolon,
        _ => null,
    };
}
