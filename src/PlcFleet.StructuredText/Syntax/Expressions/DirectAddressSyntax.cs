namespace PlcFleet.StructuredText.Syntax;

/// <summary>A direct address such as %IX0.1 or %QW4.</summary>
public sealed class DirectAddressSyntax : ExpressionSyntax
{
    internal DirectAddressSyntax(SyntaxToken address)
        : base(SyntaxKind.DirectAddress)
    {
        Address = address;
        Initialize();
    }

    public SyntaxToken Address { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Address,
        _ => null,
    };
}
