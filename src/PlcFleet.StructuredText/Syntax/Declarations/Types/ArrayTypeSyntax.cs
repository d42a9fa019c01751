namespace PlcFleet.StructuredText.Syntax;

/// <summary>ARRAY[1..10, 0..3] OF element type; ARRAY[*] for VAR_IN_OUT.</summary>
public sealed class ArrayTypeSyntax : TypeSyntax
{
    internal ArrayTypeSyntax(SyntaxToken arrayKeyword, SyntaxToken openBracket, SeparatedSyntaxList<ArrayDimensionSyntax> dimensions, SyntaxToken closeBracket, SyntaxToken ofKeyword, TypeSyntax elementType)
        : base(SyntaxKind.ArrayType)
    {
        ArrayKeyword = arrayKeyword;
        OpenBracket = openBracket;
        Dimensions = dimensions;
        CloseBracket = closeBracket;
        OfKeyword = ofKeyword;
        ElementType = elementType;
        Initialize();
    }

    public SyntaxToken ArrayKeyword { get; }

    public SyntaxToken OpenBracket { get; }

    public SeparatedSyntaxList<ArrayDimensionSyntax> Dimensions { get; }

    public SyntaxToken CloseBracket { get; }

    public SyntaxToken OfKeyword { get; }

    public TypeSyntax ElementType { get; }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ArrayKeyword,
        1 => OpenBracket,
        2 => Dimensions,
        3 => CloseBracket,
        4 => OfKeyword,
        5 => ElementType,
        _ => null,
    };
}
