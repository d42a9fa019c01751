namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// Siemens REGION name ... END_REGION [text]: a foldable group of statements; the name is the rest of the line, and
/// TIA Portal exports may repeat a text after END_REGION (EndText).
/// </summary>
public sealed class RegionStatementSyntax : StatementSyntax
{
    internal RegionStatementSyntax(SyntaxToken regionKeyword, SyntaxList<SyntaxToken> name, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxList<SyntaxToken> endText, SyntaxToken? semicolon)
        : base(SyntaxKind.RegionStatement)
    {
        RegionKeyword = regionKeyword;
        Name = name;
        Statements = statements;
        EndKeyword = endKeyword;
        EndText = endText;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken RegionKeyword { get; }

    public SyntaxList<SyntaxToken> Name { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxList<SyntaxToken> EndText { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => RegionKeyword,
        1 => Name,
        2 => Statements,
        3 => EndKeyword,
        4 => EndText,
        5 => Semicolon,
        _ => null,
    };
}
