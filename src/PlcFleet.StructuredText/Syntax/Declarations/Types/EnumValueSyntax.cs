namespace PlcFleet.StructuredText.Syntax;

/// <summary>One enumeration value with an optional explicit value.</summary>
public sealed class EnumValueSyntax : SyntaxNode
{
    internal EnumValueSyntax(SyntaxToken name, VariableInitializerSyntax? initializer)
        : base(SyntaxKind.EnumValue)
    {
        Name = name;
        Initializer = initializer;
        Initialize();
    }

    public SyntaxToken Name { get; }

    public VariableInitializerSyntax? Initializer { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Initializer,
        _ => null,
    };
}
