namespace PlcFleet.StructuredText.Syntax;

/// <summary>The steps after FROM or TO: one name, or <c>(S1, S2)</c> for a simultaneous convergence or divergence.</summary>
public sealed class SfcStepNamesSyntax : SyntaxNode
{
    internal SfcStepNamesSyntax(SyntaxToken? openParen, SeparatedSyntaxList<SyntaxToken> names, SyntaxToken? closeParen)
        : base(SyntaxKind.SfcStepNames)
    {
        OpenParen = openParen;
        Names = names;
        CloseParen = closeParen;
        Initialize();
    }

    public SyntaxToken? OpenParen { get; }

    public SeparatedSyntaxList<SyntaxToken> Names { get; }

    public SyntaxToken? CloseParen { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Names,
        2 => CloseParen,
        _ => null,
    };
}
