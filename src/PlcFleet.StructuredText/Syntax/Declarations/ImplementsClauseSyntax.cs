namespace PlcFleet.StructuredText.Syntax;

/// <summary>IMPLEMENTS interface [, interface...].</summary>
public sealed class ImplementsClauseSyntax : SyntaxNode
{
    internal ImplementsClauseSyntax(SyntaxToken implementsKeyword, SeparatedSyntaxList<SyntaxToken> interfaces)
        : base(SyntaxKind.ImplementsClause)
    {
        ImplementsKeyword = implementsKeyword;
        Interfaces = interfaces;
        Initialize();
    }

    public SyntaxToken ImplementsKeyword { get; }

    public SeparatedSyntaxList<SyntaxToken> Interfaces { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ImplementsKeyword,
        1 => Interfaces,
        _ => null,
    };
}
