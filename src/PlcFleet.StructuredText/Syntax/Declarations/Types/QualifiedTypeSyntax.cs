namespace PlcFleet.StructuredText.Syntax;

/// <summary>A type named with its library or namespace: Tc2_Standard.TON, library.TPUDO, Simatic.Ax.Axis.</summary>
public sealed class QualifiedTypeSyntax : TypeSyntax
{
    internal QualifiedTypeSyntax(MemberAccessExpressionSyntax name)
        : base(SyntaxKind.QualifiedType)
    {
        Name = name;
        Initialize();
    }

    /// <summary>The dotted name; its last part (<see cref="TypeName"/>) is the type itself.</summary>
    public MemberAccessExpressionSyntax Name { get; }

    public SyntaxToken TypeName => Name.Member;

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index == 0 ? Name : null;
}
