namespace PlcFleet.StructuredText.Syntax;

/// <summary>STRUCT members END_STRUCT.</summary>
public sealed class StructTypeSyntax : TypeSyntax
{
    internal StructTypeSyntax(SyntaxToken structKeyword, SyntaxList<VariableDeclarationSyntax> members, SyntaxToken endKeyword)
        : base(SyntaxKind.StructType, [structKeyword, members, endKeyword])
    {
    }

    public SyntaxToken StructKeyword => GetToken(0);

    public SyntaxList<VariableDeclarationSyntax> Members => GetList<VariableDeclarationSyntax>(1);

    public SyntaxToken EndKeyword => GetToken(2);
}
