namespace PlcFleet.StructuredText.Syntax;

/// <summary>label: a jump target.</summary>
public sealed class LabelStatementSyntax : StatementSyntax
{
    internal LabelStatementSyntax(SyntaxToken name, SyntaxToken colon)
        : base(SyntaxKind.LabelStatement)
    {
        Name = name;
        Colon = colon;
        Initialize();
    }

    public SyntaxToken Name { get; }

    public SyntaxToken Colon { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Colon,
        _ => null,
    };
}
