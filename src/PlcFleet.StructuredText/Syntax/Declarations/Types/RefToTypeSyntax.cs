namespace PlcFleet.StructuredText.Syntax;

/// <summary>REF_TO type (IEC 61131-3 ed. 3, SIMATIC AX): a typed reference, dereferenced with '^' like a pointer.</summary>
public sealed class RefToTypeSyntax : TypeSyntax
{
    internal RefToTypeSyntax(SyntaxToken refToKeyword, TypeSyntax targetType)
        : base(SyntaxKind.RefToType)
    {
        RefToKeyword = refToKeyword;
        TargetType = targetType;
        Initialize();
    }

    public SyntaxToken RefToKeyword { get; }

    public TypeSyntax TargetType { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => RefToKeyword,
        1 => TargetType,
        _ => null,
    };
}
