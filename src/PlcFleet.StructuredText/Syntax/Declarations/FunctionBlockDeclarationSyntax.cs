namespace PlcFleet.StructuredText.Syntax;

/// <summary>FUNCTION_BLOCK [modifiers] name [EXTENDS base] [IMPLEMENTS interfaces] ... END_FUNCTION_BLOCK (also the SCL form with headers and BEGIN).</summary>
public sealed class FunctionBlockDeclarationSyntax : DeclarationSyntax
{
    internal FunctionBlockDeclarationSyntax(SyntaxToken functionBlockKeyword, SyntaxList<SyntaxToken> modifiers, SyntaxToken name, ExtendsClauseSyntax? extends, ImplementsClauseSyntax? implements, SyntaxList<BlockAttributeSyntax> headers, SyntaxList<VarBlockSyntax> varBlocks, SyntaxList<DeclarationSyntax> members, SyntaxToken? beginKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.FunctionBlockDeclaration, [functionBlockKeyword, modifiers, name, extends, implements, headers, varBlocks, members, beginKeyword, statements, endKeyword, semicolon])
    {
    }

    public SyntaxToken FunctionBlockKeyword => GetToken(0);

    public SyntaxList<SyntaxToken> Modifiers => GetList<SyntaxToken>(1);

    public SyntaxToken Name => GetToken(2);

    public ExtendsClauseSyntax? Extends => GetOptionalNode<ExtendsClauseSyntax>(3);

    public ImplementsClauseSyntax? Implements => GetOptionalNode<ImplementsClauseSyntax>(4);

    public SyntaxList<BlockAttributeSyntax> Headers => GetList<BlockAttributeSyntax>(5);

    public SyntaxList<VarBlockSyntax> VarBlocks => GetList<VarBlockSyntax>(6);

    public SyntaxList<DeclarationSyntax> Members => GetList<DeclarationSyntax>(7);

    public SyntaxToken? BeginKeyword => GetOptionalToken(8);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(9);

    public SyntaxToken EndKeyword => GetToken(10);

    public SyntaxToken? Semicolon => GetOptionalToken(11);
}
