namespace PlcFleet.StructuredText.Syntax;

/// <summary>UNION members END_UNION (CODESYS).</summary>
public sealed class UnionTypeSyntax : TypeSyntax
{
    internal UnionTypeSyntax(SyntaxToken unionKeyword, SyntaxList<VariableDeclarationSyntax> members, SyntaxToken endKeyword)
        : base(SyntaxKind.UnionType, [unionKeyword, members, endKeyword])
    {
    }

    public SyntaxToken UnionKeyword => GetToken(0);

    public SyntaxList<VariableDeclarationSyntax> Members => GetList<VariableDeclarationSyntax>(1);

    public SyntaxToken EndKeyword => GetToken(2);
}
