namespace PlcFleet.StructuredText.Syntax;

/// <summary>REFERENCE TO type.</summary>
public sealed class ReferenceTypeSyntax : TypeSyntax
{
    internal ReferenceTypeSyntax(SyntaxToken referenceKeyword, SyntaxToken toKeyword, TypeSyntax targetType)
        : base(SyntaxKind.ReferenceType)
    {
        ReferenceKeyword = referenceKeyword;
        ToKeyword = toKeyword;
        TargetType = targetType;
        Initialize();
    }

    public SyntaxToken ReferenceKeyword { get; }

    public SyntaxToken ToKeyword { get; }

    public TypeSyntax TargetType { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ReferenceKeyword,
        1 => ToKeyword,
        2 => TargetType,
        _ => null,
    };
}
