namespace PlcFleet.StructuredText.Syntax;

/// <summary>A type by name: elementary (INT, BOOL, TIME), user type or function block (TON, FB_Conveyor).</summary>
public sealed class NamedTypeSyntax : TypeSyntax
{
    internal NamedTypeSyntax(SyntaxToken name)
        : base(SyntaxKind.NamedType)
    {
        Name = name;
        Initialize();
    }

    public SyntaxToken Name { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        _ => null,
    };
}
