namespace PlcFleet.StructuredText.Syntax;

/// <summary>ARRAY[1..10, 0..3] OF element type; ARRAY[*] for VAR_IN_OUT.</summary>
public sealed class ArrayTypeSyntax : TypeSyntax
{
    internal ArrayTypeSyntax(SyntaxToken arrayKeyword, SyntaxToken openBracket, SeparatedSyntaxList<ArrayDimensionSyntax> dimensions, SyntaxToken closeBracket, SyntaxToken ofKeyword, TypeSyntax elementType)
        : base(SyntaxKind.ArrayType, [arrayKeyword, openBracket, dimensions, closeBracket, ofKeyword, elementType])
    {
    }

    public SyntaxToken ArrayKeyword => GetToken(0);

    public SyntaxToken OpenBracket => GetToken(1);

    public SeparatedSyntaxList<ArrayDimensionSyntax> Dimensions => GetSeparatedList<ArrayDimensionSyntax>(2);

    public SyntaxToken CloseBracket => GetToken(3);

    public SyntaxToken OfKeyword => GetToken(4);

    public TypeSyntax ElementType => GetNode<TypeSyntax>(5);
}
