namespace PlcFleet.StructuredText.Syntax;

/// <summary>count(value): the value repeated count times inside an array initializer.</summary>
public sealed class RepeatedInitializerSyntax : ExpressionSyntax
{
    internal RepeatedInitializerSyntax(SyntaxToken count, SyntaxToken openParen, ExpressionSyntax? @value, SyntaxToken closeParen)
        : base(SyntaxKind.RepeatedInitializer)
    {
        Count = count;
        OpenParen = openParen;
        Value = @value;
        CloseParen = closeParen;
        Initialize();
    }

    public SyntaxToken Count { get; }

    public SyntaxToken OpenParen { get; }

    public ExpressionSyntax? Value { get; }

    public SyntaxToken CloseParen { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Count,
        1 => OpenParen,
        2 => Value,
        3 => CloseParen,
        _ => null,
    };
}
