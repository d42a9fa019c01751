namespace PlcFleet.StructuredText.Syntax;

/// <summary>VAR/VAR_INPUT/... [CONSTANT|RETAIN|PERSISTENT|NON_RETAIN] declarations END_VAR.</summary>
public sealed class VarBlockSyntax : SyntaxNode
{
    internal VarBlockSyntax(SyntaxToken keyword, SyntaxList<SyntaxToken> qualifiers, SyntaxList<VariableDeclarationSyntax> declarations, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.VarBlock, [keyword, qualifiers, declarations, endKeyword, semicolon])
    {
    }

    public SyntaxToken Keyword => GetToken(0);

    public SyntaxList<SyntaxToken> Qualifiers => GetList<SyntaxToken>(1);

    public SyntaxList<VariableDeclarationSyntax> Declarations => GetList<VariableDeclarationSyntax>(2);

    public SyntaxToken EndKeyword => GetToken(3);

    public SyntaxToken? Semicolon => GetOptionalToken(4);
}
