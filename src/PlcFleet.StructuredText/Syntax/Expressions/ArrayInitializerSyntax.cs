namespace PlcFleet.StructuredText.Syntax;

/// <summary>[value, value, count(value)] initial value of an array.</summary>
public sealed class ArrayInitializerSyntax : ExpressionSyntax
{
    internal ArrayInitializerSyntax(SyntaxToken openBracket, SeparatedSyntaxList<ExpressionSyntax> elements, SyntaxToken closeBracket)
        : base(SyntaxKind.ArrayInitializer)
    {
        OpenBracket = openBracket;
        Elements = elements;
        CloseBracket = closeBracket;
        Initialize();
    }

    public SyntaxToken OpenBracket { get; }

    public SeparatedSyntaxList<ExpressionSyntax> Elements { get; }

    public SyntaxToken CloseBracket { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenBracket,
        1 => Elements,
        2 => CloseBracket,
        _ => null,
    };
}
