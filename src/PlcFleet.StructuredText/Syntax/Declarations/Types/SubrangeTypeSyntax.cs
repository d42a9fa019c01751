namespace PlcFleet.StructuredText.Syntax;

/// <summary>A subrange such as INT(0..100).</summary>
public sealed class SubrangeTypeSyntax : TypeSyntax
{
    internal SubrangeTypeSyntax(TypeSyntax baseType, SyntaxToken openParen, ExpressionSyntax range, SyntaxToken closeParen)
        : base(SyntaxKind.SubrangeType)
    {
        BaseType = baseType;
        OpenParen = openParen;
        Range = range;
        CloseParen = closeParen;
        Initialize();
    }

    public TypeSyntax BaseType { get; }

    public SyntaxToken OpenParen { get; }

    public ExpressionSyntax Range { get; }

    public SyntaxToken CloseParen { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => BaseType,
        1 => OpenParen,
        2 => Range,
        3 => CloseParen,
        _ => null,
    };
}
