namespace PlcFleet.StructuredText.Syntax;

/// <summary>FOR i := start TO end [BY step] DO ... END_FOR.</summary>
public sealed class ForStatementSyntax : StatementSyntax
{
    internal ForStatementSyntax(SyntaxToken forKeyword, ExpressionSyntax variable, SyntaxToken colonEquals, ExpressionSyntax start, SyntaxToken toKeyword, ExpressionSyntax end, SyntaxToken? byKeyword, ExpressionSyntax? step, SyntaxToken doKeyword, SyntaxList<StatementSyntax> statements, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.ForStatement)
    {
        ForKeyword = forKeyword;
        Variable = variable;
        ColonEquals = colonEquals;
        Start = start;
        ToKeyword = toKeyword;
        End = end;
        ByKeyword = byKeyword;
        Step = step;
        DoKeyword = doKeyword;
        Statements = statements;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken ForKeyword { get; }

    public ExpressionSyntax Variable { get; }

    public SyntaxToken ColonEquals { get; }

    public ExpressionSyntax Start { get; }

    public SyntaxToken ToKeyword { get; }

    public ExpressionSyntax End { get; }

    public SyntaxToken? ByKeyword { get; }

    public ExpressionSyntax? Step { get; }

    public SyntaxToken DoKeyword { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 12;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ForKeyword,
        1 => Variable,
        2 => ColonEquals,
        3 => Start,
        4 => ToKeyword,
        5 => End,
        6 => ByKeyword,
        7 => Step,
        8 => DoKeyword,
        9 => Statements,
        10 => EndKeyword,
        11 => Semicolon,
        _ => null,
    };
}
