namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// <c>TRANSITION [name] [(PRIORITY := 1)] FROM Fill TO Heat := Level &gt;= 80; END_TRANSITION</c>. FROM and TO are
/// contextual words, kept as identifier tokens.
/// </summary>
public sealed class SfcTransitionSyntax : StatementSyntax
{
    internal SfcTransitionSyntax(SyntaxToken transitionKeyword, SyntaxToken? name, ArgumentListSyntax? priority, SyntaxToken fromKeyword,
        SfcStepNamesSyntax from, SyntaxToken toKeyword, SfcStepNamesSyntax to, SyntaxToken assign, ExpressionSyntax condition,
        SyntaxToken conditionSemicolon, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.SfcTransition)
    {
        TransitionKeyword = transitionKeyword;
        Name = name;
        Priority = priority;
        FromKeyword = fromKeyword;
        From = from;
        ToKeyword = toKeyword;
        To = to;
        Assign = assign;
        Condition = condition;
        ConditionSemicolon = conditionSemicolon;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken TransitionKeyword { get; }

    public SyntaxToken? Name { get; }

    public ArgumentListSyntax? Priority { get; }

    public SyntaxToken FromKeyword { get; }

    public SfcStepNamesSyntax From { get; }

    public SyntaxToken ToKeyword { get; }

    public SfcStepNamesSyntax To { get; }

    public SyntaxToken Assign { get; }

    public ExpressionSyntax Condition { get; }

    public SyntaxToken ConditionSemicolon { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 12;

    internal override object? GetSlot(int index) => index switch
    {
        0 => TransitionKeyword,
        1 => Name,
        2 => Priority,
        3 => FromKeyword,
        4 => From,
        5 => ToKeyword,
        6 => To,
        7 => Assign,
        8 => Condition,
        9 => ConditionSemicolon,
        10 => EndKeyword,
        11 => Semicolon,
        _ => null,
    };
}
