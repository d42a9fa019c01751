namespace PlcFleet.StructuredText.Syntax;

/// <summary>FUNCTION name : return type ... END_FUNCTION (also the SCL form with headers and BEGIN).</summary>
public sealed class FunctionDeclarationSyntax : DeclarationSyntax
{
    internal FunctionDeclarationSyntax(SyntaxToken functionKeyword, SyntaxToken name, ReturnTypeClauseSyntax? returnType, SyntaxList<BlockAttributeSyntax> headers, SyntaxList<VarBlockSyntax> varBlocks, SyntaxToken? beginKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.FunctionDeclaration, [functionKeyword, name, returnType, headers, varBlocks, beginKeyword, statements, endKeyword, semicolon])
    {
    }

    public SyntaxToken FunctionKeyword => GetToken(0);

    public SyntaxToken Name => GetToken(1);

    public ReturnTypeClauseSyntax? ReturnType => GetOptionalNode<ReturnTypeClauseSyntax>(2);

    public SyntaxList<BlockAttributeSyntax> Headers => GetList<BlockAttributeSyntax>(3);

    public SyntaxList<VarBlockSyntax> VarBlocks => GetList<VarBlockSyntax>(4);

    public SyntaxToken? BeginKeyword => GetOptionalToken(5);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(6);

    public SyntaxToken EndKeyword => GetToken(7);

    public SyntaxToken? Semicolon => GetOptionalToken(8);
}
