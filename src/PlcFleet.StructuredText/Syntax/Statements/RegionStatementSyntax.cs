namespace PlcFleet.StructuredText.Syntax;

/// <summary>Siemens REGION name ... END_REGION: a foldable group of statements; the name is the rest of the line.</summary>
public sealed class RegionStatementSyntax : StatementSyntax
{
    internal RegionStatementSyntax(SyntaxToken regionKeyword, SyntaxList<SyntaxToken> name, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.RegionStatement)
    {
        RegionKeyword = regionKeyword;
        Name = name;
        Statements = statements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken RegionKeyword { get; }

    public SyntaxList<SyntaxToken> Name { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => RegionKeyword,
        1 => Name,
        2 => Statements,
        3 => EndKeyword,
        4 => Semicolon,
        _ => null,
    };
}
