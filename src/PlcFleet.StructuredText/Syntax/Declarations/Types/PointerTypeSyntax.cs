namespace PlcFleet.StructuredText.Syntax;

/// <summary>POINTER TO type.</summary>
public sealed class PointerTypeSyntax : TypeSyntax
{
    internal PointerTypeSyntax(SyntaxToken pointerKeyword, SyntaxToken toKeyword, TypeSyntax targetType)
        : base(SyntaxKind.PointerType)
    {
        PointerKeyword = pointerKeyword;
        ToKeyword = toKeyword;
        TargetType = targetType;
        Initialize();
    }

    public SyntaxToken PointerKeyword { get; }

    public SyntaxToken ToKeyword { get; }

    public TypeSyntax TargetType { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => PointerKeyword,
        1 => ToKeyword,
        2 => TargetType,
        _ => null,
    };
}
