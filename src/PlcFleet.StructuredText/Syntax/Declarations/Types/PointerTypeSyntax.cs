namespace PlcFleet.StructuredText.Syntax;

/// <summary>POINTER TO type.</summary>
public sealed class PointerTypeSyntax : TypeSyntax
{
    internal PointerTypeSyntax(SyntaxToken pointerKeyword, SyntaxToken toKeyword, TypeSyntax targetType)
        : base(SyntaxKind.PointerType, [pointerKeyword, toKeyword, targetType])
    {
    }

    public SyntaxToken PointerKeyword => GetToken(0);

    public SyntaxToken ToKeyword => GetToken(1);

    public TypeSyntax TargetType => GetNode<TypeSyntax>(2);
}
