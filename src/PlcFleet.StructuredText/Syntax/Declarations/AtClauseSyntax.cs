namespace PlcFleet.StructuredText.Syntax;

/// <summary>AT %IX0.1: binds a variable to a direct I/O or memory address.</summary>
public sealed class AtClauseSyntax : SyntaxNode
{
    internal AtClauseSyntax(SyntaxToken atKeyword, SyntaxToken address)
        : base(SyntaxKind.AtClause)
    {
        AtKeyword = atKeyword;
        Address = address;
        Initialize();
    }

    public SyntaxToken AtKeyword { get; }

    public SyntaxToken Address { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => AtKeyword,
        1 => Address,
        _ => null,
    };
}
