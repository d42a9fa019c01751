namespace PlcFleet.StructuredText.Syntax;

/// <summary>EXIT; leaves the innermost loop.</summary>
public sealed class ExitStatementSyntax : StatementSyntax
{
    internal ExitStatementSyntax(SyntaxToken exitKeyword, SyntaxToken semicolon)
        : base(SyntaxKind.ExitStatement)
    {
        ExitKeyword = exitKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken ExitKeyword { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ExitKeyword,
        1 => Semicolon,
        _ => null,
    };
}
