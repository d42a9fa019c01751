namespace PlcFleet.StructuredText.Syntax;

/// <summary>FUNCTION name : return type ... END_FUNCTION (also the SCL form with headers and BEGIN).</summary>
public sealed class FunctionDeclarationSyntax : DeclarationSyntax
{
    internal FunctionDeclarationSyntax(SyntaxToken functionKeyword, SyntaxToken name, ReturnTypeClauseSyntax? returnType, SyntaxList<BlockAttributeSyntax> headers, SyntaxList<VarBlockSyntax> varBlocks, SyntaxToken? beginKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.FunctionDeclaration)
    {
        FunctionKeyword = functionKeyword;
        Name = name;
        ReturnType = returnType;
        Headers = headers;
        VarBlocks = varBlocks;
        BeginKeyword = beginKeyword;
        Statements = statements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken FunctionKeyword { get; }

    public SyntaxToken Name { get; }

    public ReturnTypeClauseSyntax? ReturnType { get; }

    public SyntaxList<BlockAttributeSyntax> Headers { get; }

    public SyntaxList<VarBlockSyntax> VarBlocks { get; }

    public SyntaxToken? BeginKeyword { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 9;

    internal override object? GetSlot(int index) => index switch
    {
        0 => FunctionKeyword,
        1 => Name,
        2 => ReturnType,
        3 => Headers,
        4 => VarBlocks,
        5 => BeginKeyword,
        6 => Statements,
        7 => EndKeyword,
        8 => Semicolon,
        _ => null,
    };
}
