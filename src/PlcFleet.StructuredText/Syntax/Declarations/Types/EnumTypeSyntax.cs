namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// An enumeration (Idle, Running := 10, Fault) with an optional base type, written after it (CODESYS: (...) INT) or
/// before it (IEC 61131-3 ed. 3 and SIMATIC AX: WORD (...)).
/// </summary>
public sealed class EnumTypeSyntax : TypeSyntax
{
    internal EnumTypeSyntax(SyntaxToken openParen, SeparatedSyntaxList<EnumValueSyntax> values, SyntaxToken closeParen, TypeSyntax? baseType)
        : this(null, openParen, values, closeParen, baseType)
    {
    }

    internal EnumTypeSyntax(TypeSyntax? leadingBaseType, SyntaxToken openParen, SeparatedSyntaxList<EnumValueSyntax> values, SyntaxToken closeParen, TypeSyntax? baseType)
        : base(SyntaxKind.EnumType)
    {
        LeadingBaseType = leadingBaseType;
        OpenParen = openParen;
        Values = values;
        CloseParen = closeParen;
        TrailingBaseType = baseType;
        Initialize();
    }

    public SyntaxToken OpenParen { get; }

    public SeparatedSyntaxList<EnumValueSyntax> Values { get; }

    public SyntaxToken CloseParen { get; }

    /// <summary>The base type, wherever it is written.</summary>
    public TypeSyntax? BaseType => TrailingBaseType ?? LeadingBaseType;

    /// <summary>The base type written before the values (IEC ed. 3: INT (Idle := 0, ...)).</summary>
    public TypeSyntax? LeadingBaseType { get; }

    /// <summary>The base type written after the values (CODESYS: (Idle := 0, ...) INT).</summary>
    public TypeSyntax? TrailingBaseType { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => LeadingBaseType,
        1 => OpenParen,
        2 => Values,
        3 => CloseParen,
        4 => TrailingBaseType,
        _ => null,
    };
}
