namespace PlcFleet.StructuredText.Syntax;

/// <summary>A Siemens block header line such as TITLE = Conveyor or VERSION : 0.1; the value is the rest of the line.</summary>
public sealed class BlockAttributeSyntax : SyntaxNode
{
    internal BlockAttributeSyntax(SyntaxToken name, SyntaxToken separator, SyntaxList<SyntaxToken> @value)
        : base(SyntaxKind.BlockAttribute)
    {
        Name = name;
        Separator = separator;
        Value = @value;
        Initialize();
    }

    public SyntaxToken Name { get; }

    public SyntaxToken Separator { get; }

    public SyntaxList<SyntaxToken> Value { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Separator,
        2 => Value,
        _ => null,
    };
}
