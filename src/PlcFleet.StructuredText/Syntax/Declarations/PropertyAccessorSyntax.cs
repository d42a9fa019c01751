namespace PlcFleet.StructuredText.Syntax;

/// <summary>A GET or SET accessor of a property, closed by END_GET or END_SET.</summary>
public sealed class PropertyAccessorSyntax : SyntaxNode
{
    internal PropertyAccessorSyntax(SyntaxToken keyword, SyntaxList<VarBlockSyntax> varBlocks, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.PropertyAccessor)
    {
        Keyword = keyword;
        VarBlocks = varBlocks;
        Statements = statements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken Keyword { get; }

    public SyntaxList<VarBlockSyntax> VarBlocks { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Keyword,
        1 => VarBlocks,
        2 => Statements,
        3 => EndKeyword,
        4 => Semicolon,
        _ => null,
    };
}
