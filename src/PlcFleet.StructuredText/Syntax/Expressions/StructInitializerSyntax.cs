namespace PlcFleet.StructuredText.Syntax;

/// <summary>(member := value, ...) initial value of a structure or function block instance.</summary>
public sealed class StructInitializerSyntax : ExpressionSyntax
{
    internal StructInitializerSyntax(SyntaxToken openParen, SeparatedSyntaxList<MemberInitializerSyntax> members, SyntaxToken closeParen)
        : base(SyntaxKind.StructInitializer)
    {
        OpenParen = openParen;
        Members = members;
        CloseParen = closeParen;
        Initialize();
    }

    public SyntaxToken OpenParen { get; }

    public SeparatedSyntaxList<MemberInitializerSyntax> Members { get; }

    public SyntaxToken CloseParen { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Members,
        2 => CloseParen,
        _ => null,
    };
}
