namespace PlcFleet.StructuredText.Syntax;

/// <summary>A lone semicolon.</summary>
public sealed class EmptyStatementSyntax : StatementSyntax
{
    internal EmptyStatementSyntax(SyntaxToken semicolon)
        : base(SyntaxKind.EmptyStatement)
    {
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Semicolon,
        _ => null,
    };
}
