namespace PlcFleet.StructuredText.Syntax;

/// <summary>: type after a function, method or property name.</summary>
public sealed class ReturnTypeClauseSyntax : SyntaxNode
{
    internal ReturnTypeClauseSyntax(SyntaxToken colon, TypeSyntax @type)
        : base(SyntaxKind.ReturnTypeClause, [colon, @type])
    {
    }

    public SyntaxToken Colon => GetToken(0);

    public TypeSyntax Type => GetNode<TypeSyntax>(1);
}
