namespace PlcFleet.StructuredText.Syntax;

/// <summary>Siemens REGION name ... END_REGION: a foldable group of statements; the name is the rest of the line.</summary>
public sealed class RegionStatementSyntax : StatementSyntax
{
    internal RegionStatementSyntax(SyntaxToken regionKeyword, SyntaxList<SyntaxToken> name, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.RegionStatement, [regionKeyword, name, statements, endKeyword, semicolon])
    {
    }

    public SyntaxToken RegionKeyword => GetToken(0);

    public SyntaxList<SyntaxToken> Name => GetList<SyntaxToken>(1);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(2);

    public SyntaxToken EndKeyword => GetToken(3);

    public SyntaxToken? Semicolon => GetOptionalToken(4);
}
