namespace PlcFleet.StructuredText.Syntax;

/// <summary>Siemens DATA_BLOCK name: an instance DB of a type or a STRUCT/VAR layout, with BEGIN initial values.</summary>
public sealed class DataBlockDeclarationSyntax : DeclarationSyntax
{
    internal DataBlockDeclarationSyntax(SyntaxToken dataBlockKeyword, SyntaxToken name, SyntaxList<BlockAttributeSyntax> headers, SyntaxList<SyntaxToken> qualifiers, TypeSyntax? @type, SyntaxToken? typeSemicolon, SyntaxList<VarBlockSyntax> varBlocks, SyntaxToken? beginKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.DataBlockDeclaration, [dataBlockKeyword, name, headers, qualifiers, @type, typeSemicolon, varBlocks, beginKeyword, statements, endKeyword, semicolon])
    {
    }

    public SyntaxToken DataBlockKeyword => GetToken(0);

    public SyntaxToken Name => GetToken(1);

    public SyntaxList<BlockAttributeSyntax> Headers => GetList<BlockAttributeSyntax>(2);

    public SyntaxList<SyntaxToken> Qualifiers => GetList<SyntaxToken>(3);

    public TypeSyntax? Type => GetOptionalNode<TypeSyntax>(4);

    public SyntaxToken? TypeSemicolon => GetOptionalToken(5);

    public SyntaxList<VarBlockSyntax> VarBlocks => GetList<VarBlockSyntax>(6);

    public SyntaxToken? BeginKeyword => GetOptionalToken(7);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(8);

    public SyntaxToken EndKeyword => GetToken(9);

    public SyntaxToken? Semicolon => GetOptionalToken(10);
}
