namespace PlcFleet.StructuredText.Syntax;

/// <summary>RETURN; leaves the POU for this scan.</summary>
public sealed class ReturnStatementSyntax : StatementSyntax
{
    internal ReturnStatementSyntax(SyntaxToken returnKeyword, SyntaxToken semicolon)
        : base(SyntaxKind.ReturnStatement)
    {
        ReturnKeyword = returnKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken ReturnKeyword { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ReturnKeyword,
        1 => Semicolon,
        _ => null,
    };
}
