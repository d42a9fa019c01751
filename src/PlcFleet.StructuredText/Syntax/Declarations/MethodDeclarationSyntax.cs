namespace PlcFleet.StructuredText.Syntax;

/// <summary>METHOD [modifiers] name [: return type] ... END_METHOD (CODESYS/TwinCAT OOP).</summary>
public sealed class MethodDeclarationSyntax : DeclarationSyntax
{
    internal MethodDeclarationSyntax(SyntaxToken methodKeyword, SyntaxList<SyntaxToken> modifiers, SyntaxToken name, ReturnTypeClauseSyntax? returnType, SyntaxList<VarBlockSyntax> varBlocks, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.MethodDeclaration, [methodKeyword, modifiers, name, returnType, varBlocks, statements, endKeyword, semicolon])
    {
    }

    public SyntaxToken MethodKeyword => GetToken(0);

    public SyntaxList<SyntaxToken> Modifiers => GetList<SyntaxToken>(1);

    public SyntaxToken Name => GetToken(2);

    public ReturnTypeClauseSyntax? ReturnType => GetOptionalNode<ReturnTypeClauseSyntax>(3);

    public SyntaxList<VarBlockSyntax> VarBlocks => GetList<VarBlockSyntax>(4);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(5);

    public SyntaxToken EndKeyword => GetToken(6);

    public SyntaxToken? Semicolon => GetOptionalToken(7);
}
