namespace PlcFleet.StructuredText.Syntax;

/// <summary>An enumeration (Idle, Running := 10, Fault) with an optional base type.</summary>
public sealed class EnumTypeSyntax : TypeSyntax
{
    internal EnumTypeSyntax(SyntaxToken openParen, SeparatedSyntaxList<EnumValueSyntax> values, SyntaxToken closeParen, TypeSyntax? baseType)
        : base(SyntaxKind.EnumType, [openParen, values, closeParen, baseType])
    {
    }

    public SyntaxToken OpenParen => GetToken(0);

    public SeparatedSyntaxList<EnumValueSyntax> Values => GetSeparatedList<EnumValueSyntax>(1);

    public SyntaxToken CloseParen => GetToken(2);

    public TypeSyntax? BaseType => GetOptionalNode<TypeSyntax>(3);
}
