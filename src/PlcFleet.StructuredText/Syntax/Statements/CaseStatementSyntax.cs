namespace PlcFleet.StructuredText.Syntax;

/// <summary>CASE selector OF labels: statements ... ELSE ... END_CASE; the usual PLC state machine.</summary>
public sealed class CaseStatementSyntax : StatementSyntax
{
    internal CaseStatementSyntax(SyntaxToken caseKeyword, ExpressionSyntax selector, SyntaxToken ofKeyword, SyntaxList<CaseElementSyntax> elements, ElseClauseSyntax? elseClause, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.CaseStatement)
    {
        CaseKeyword = caseKeyword;
        Selector = selector;
        OfKeyword = ofKeyword;
        Elements = elements;
        ElseClause = elseClause;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken CaseKeyword { get; }

    public ExpressionSyntax Selector { get; }

    public SyntaxToken OfKeyword { get; }

    public SyntaxList<CaseElementSyntax> Elements { get; }

    public ElseClauseSyntax? ElseClause { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 7;

    internal override object? GetSlot(int index) => index switch
    {
        0 => CaseKeyword,
        1 => Selector,
        2 => OfKeyword,
        3 => Elements,
        4 => ElseClause,
        5 => EndKeyword,
        6 => Semicolon,
        _ => null,
    };
}
