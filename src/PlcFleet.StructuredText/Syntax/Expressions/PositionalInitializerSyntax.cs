namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// TIA Portal's positional structure initializer <c>(32, 13, 43)</c>: values in field order, <c>()</c> keeps a field's
/// default (<c>(32, (), TRUE)</c>).
/// </summary>
public sealed class PositionalInitializerSyntax : ExpressionSyntax
{
    internal PositionalInitializerSyntax(SyntaxToken openParen, SeparatedSyntaxList<ExpressionSyntax> values, SyntaxToken closeParen)
        : base(SyntaxKind.PositionalInitializer)
    {
        OpenParen = openParen;
        Values = values;
        CloseParen = closeParen;
        Initialize();
    }

    public SyntaxToken OpenParen { get; }

    public SeparatedSyntaxList<ExpressionSyntax> Values { get; }

    public SyntaxToken CloseParen { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Values,
        2 => CloseParen,
        _ => null,
    };
}
