namespace PlcFleet.StructuredText.Syntax;

/// <summary>An enumeration (Idle, Running := 10, Fault) with an optional base type.</summary>
public sealed class EnumTypeSyntax : TypeSyntax
{
    internal EnumTypeSyntax(SyntaxToken openParen, SeparatedSyntaxList<EnumValueSyntax> values, SyntaxToken closeParen, TypeSyntax? baseType)
        : base(SyntaxKind.EnumType)
    {
        OpenParen = openParen;
        Values = values;
        CloseParen = closeParen;
        BaseType = baseType;
        Initialize();
    }

    public SyntaxToken OpenParen { get; }

    public SeparatedSyntaxList<EnumValueSyntax> Values { get; }

    public SyntaxToken CloseParen { get; }

    public TypeSyntax? BaseType { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Values,
        2 => CloseParen,
        3 => BaseType,
        _ => null,
    };
}
