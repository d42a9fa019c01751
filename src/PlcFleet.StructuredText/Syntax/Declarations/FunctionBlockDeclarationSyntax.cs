namespace PlcFleet.StructuredText.Syntax;

/// <summary>FUNCTION_BLOCK [modifiers] name [EXTENDS base] [IMPLEMENTS interfaces] ... END_FUNCTION_BLOCK (also the SCL form with headers and BEGIN).</summary>
public sealed class FunctionBlockDeclarationSyntax : DeclarationSyntax
{
    internal FunctionBlockDeclarationSyntax(SyntaxToken functionBlockKeyword, SyntaxList<SyntaxToken> modifiers, SyntaxToken name, ExtendsClauseSyntax? extends, ImplementsClauseSyntax? implements, SyntaxList<BlockAttributeSyntax> headers, SyntaxList<VarBlockSyntax> varBlocks, SyntaxList<DeclarationSyntax> members, SyntaxToken? beginKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.FunctionBlockDeclaration)
    {
        FunctionBlockKeyword = functionBlockKeyword;
        Modifiers = modifiers;
        Name = name;
        Extends = extends;
        Implements = implements;
        Headers = headers;
        VarBlocks = varBlocks;
        Members = members;
        BeginKeyword = beginKeyword;
        Statements = statements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken FunctionBlockKeyword { get; }

    public SyntaxList<SyntaxToken> Modifiers { get; }

    public SyntaxToken Name { get; }

    public ExtendsClauseSyntax? Extends { get; }

    public ImplementsClauseSyntax? Implements { get; }

    public SyntaxList<BlockAttributeSyntax> Headers { get; }

    public SyntaxList<VarBlockSyntax> VarBlocks { get; }

    public SyntaxList<DeclarationSyntax> Members { get; }

    public SyntaxToken? BeginKeyword { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 12;

    internal override object? GetSlot(int index) => index switch
    {
        0 => FunctionBlockKeyword,
        1 => Modifiers,
        2 => Name,
        3 => Extends,
        4 => Implements,
        5 => Headers,
        6 => VarBlocks,
        7 => Members,
        8 => BeginKeyword,
        9 => Statements,
        10 => EndKeyword,
        11 => Semicolon,
        _ => null,
    };
}
