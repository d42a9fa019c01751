namespace PlcFleet.StructuredText.Syntax;

/// <summary>A GET or SET accessor of a property, closed by END_GET or END_SET.</summary>
public sealed class PropertyAccessorSyntax : SyntaxNode
{
    internal PropertyAccessorSyntax(SyntaxToken keyword, SyntaxList<VarBlockSyntax> varBlocks, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.PropertyAccessor, [keyword, varBlocks, statements, endKeyword, semicolon])
    {
    }

    public SyntaxToken Keyword => GetToken(0);

    public SyntaxList<VarBlockSyntax> VarBlocks => GetList<VarBlockSyntax>(1);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(2);

    public SyntaxToken EndKeyword => GetToken(3);

    public SyntaxToken? Semicolon => GetOptionalToken(4);
}
