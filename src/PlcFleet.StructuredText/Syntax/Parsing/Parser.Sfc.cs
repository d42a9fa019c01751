namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// Textual SFC: steps, transitions and the actions written between them. INITIAL_STEP, STEP, TRANSITION, FROM and
/// END_STEP/END_TRANSITION are contextual words, recognised only in the shapes below, so Step and From stay usable
/// as variable names.
/// </summary>
internal sealed partial class Parser
{
    // Set once a body contains a step: then an ACTION inside the body is one of its actions, not the end of the body.
    private bool _sfcBody;

    private bool IsSfcStepStart() =>
        (IsContextual(Current, "INITIAL_STEP") || IsContextual(Current, "STEP"))
        && PeekToken(1).Kind == SyntaxKind.IdentifierToken && PeekToken(2).Kind == SyntaxKind.ColonToken;

    private bool IsSfcTransitionStart()
    {
        if (!IsContextual(Current, "TRANSITION"))
        {
            return false;
        }

        var next = PeekToken(1);
        return IsContextual(next, "FROM")
            || (next.Kind == SyntaxKind.IdentifierToken && (IsContextual(PeekToken(2), "FROM") || PeekToken(2).Kind == SyntaxKind.OpenParenToken))
            || next.Kind == SyntaxKind.OpenParenToken;
    }

    private SfcStepSyntax ParseSfcStep()
    {
        _sfcBody = true;
        var keyword = EatToken();
        var name = EatToken();
        var colon = EatToken();
        List<SfcActionAssociationSyntax>? associations = null;
        while (CurrentKind == SyntaxKind.IdentifierToken && !IsContextual(Current, "END_STEP"))
        {
            var action = EatToken();
            var qualifier = CurrentKind == SyntaxKind.OpenParenToken ? ParseArgumentList() : null;
            (associations ??= []).Add(new SfcActionAssociationSyntax(action, qualifier, ExpectSemicolon("after the action association")));
        }

        var end = ExpectContextualEnd("END_STEP", keyword);
        return new SfcStepSyntax(keyword, name, colon, SyntaxList<SfcActionAssociationSyntax>.Create(associations), end, TryEat(SyntaxKind.SemicolonToken));
    }

    private SfcTransitionSyntax ParseSfcTransition()
    {
        _sfcBody = true;
        var keyword = EatToken();
        var name = CurrentKind == SyntaxKind.IdentifierToken && !IsContextual(Current, "FROM") ? EatToken() : null;
        var priority = CurrentKind == SyntaxKind.OpenParenToken ? ParseArgumentList() : null;
        var from = IsContextual(Current, "FROM") ? EatToken() : ExpectName("FROM after TRANSITION");
        var sources = ParseSfcStepNames();
        var to = CurrentKind == SyntaxKind.ToKeyword ? EatToken() : Expect(SyntaxKind.ToKeyword, "after the source steps");
        var targets = ParseSfcStepNames();
        var assign = Expect(SyntaxKind.ColonEqualsToken, "before the transition condition");
        var condition = ParseExpression();
        var semicolon = ExpectSemicolon("after the transition condition");
        var end = ExpectContextualEnd("END_TRANSITION", keyword);
        return new SfcTransitionSyntax(keyword, name, priority, from, sources, to, targets, assign, condition, semicolon, end, TryEat(SyntaxKind.SemicolonToken));
    }

    private SfcStepNamesSyntax ParseSfcStepNames()
    {
        if (CurrentKind != SyntaxKind.OpenParenToken)
        {
            return new SfcStepNamesSyntax(null, SeparatedSyntaxList<SyntaxToken>.Create([ExpectName("of a step")]), null);
        }

        var open = EatToken();
        var names = ParseSeparated(() => ExpectName("of a step"), SyntaxKind.CloseParenToken);
        return new SfcStepNamesSyntax(open, names, Expect(SyntaxKind.CloseParenToken, "to close the list of steps"));
    }
}
