namespace PlcFleet.StructuredText.Syntax;

/// <summary>METHOD [modifiers] name [: return type] ... END_METHOD (CODESYS/TwinCAT OOP).</summary>
public sealed class MethodDeclarationSyntax : DeclarationSyntax
{
    internal MethodDeclarationSyntax(SyntaxToken methodKeyword, SyntaxList<SyntaxToken> modifiers, SyntaxToken name, ReturnTypeClauseSyntax? returnType, SyntaxList<VarBlockSyntax> varBlocks, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.MethodDeclaration)
    {
        MethodKeyword = methodKeyword;
        Modifiers = modifiers;
        Name = name;
        ReturnType = returnType;
        VarBlocks = varBlocks;
        Statements = statements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken MethodKeyword { get; }

    public SyntaxList<SyntaxToken> Modifiers { get; }

    public SyntaxToken Name { get; }

    public ReturnTypeClauseSyntax? ReturnType { get; }

    public SyntaxList<VarBlockSyntax> VarBlocks { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => MethodKeyword,
        1 => Modifiers,
        2 => Name,
        3 => ReturnType,
        4 => VarBlocks,
        5 => Statements,
        6 => EndKeyword,
        7 => Semicolon,
        _ => null,
    };
}
