namespace PlcFleet.StructuredText.Syntax;

/// <summary>CONTINUE; starts the next loop iteration.</summary>
public sealed class ContinueStatementSyntax : StatementSyntax
{
    internal ContinueStatementSyntax(SyntaxToken continueKeyword, SyntaxToken semicolon)
        : base(SyntaxKind.ContinueStatement)
    {
        ContinueKeyword = continueKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken ContinueKeyword { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ContinueKeyword,
        1 => Semicolon,
        _ => null,
    };
}
