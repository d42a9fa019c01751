namespace PlcFleet.StructuredText.Syntax;

/// <summary>REFERENCE TO type.</summary>
public sealed class ReferenceTypeSyntax : TypeSyntax
{
    internal ReferenceTypeSyntax(SyntaxToken referenceKeyword, SyntaxToken toKeyword, TypeSyntax targetType)
        : base(SyntaxKind.ReferenceType, [referenceKeyword, toKeyword, targetType])
    {
    }

    public SyntaxToken ReferenceKeyword => GetToken(0);

    public SyntaxToken ToKeyword => GetToken(1);

    public TypeSyntax TargetType => GetNode<TypeSyntax>(2);
}
