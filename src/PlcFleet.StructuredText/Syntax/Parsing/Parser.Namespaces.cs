namespace PlcFleet.StructuredText.Syntax;

/// <summary>IEC 61131-3 ed. 3 / SIMATIC AX: NAMESPACE a.b ... END_NAMESPACE and USING a.b; (contextual words, not reserved).</summary>
internal sealed partial class Parser
{
    private NamespaceDeclarationSyntax ParseNamespace()
    {
        var keyword = EatToken();
        var name = ParseQualifiedName("after NAMESPACE");
        List<DeclarationSyntax>? declarations = null;
        while (CurrentKind != SyntaxKind.EndOfFileToken && !IsContextual(Current, "END_NAMESPACE"))
        {
            var start = _index;
            if (TryParseDeclaration() is { } declaration)
            {
                (declarations ??= []).Add(declaration);
            }

            if (_index == start)
            {
                Skip(SyntaxDiagnosticCodes.ExpectedDeclaration,
                    $"expected a declaration or END_NAMESPACE inside the NAMESPACE, found {Describe(Current)}");
            }
        }

        var end = ExpectContextualEnd("END_NAMESPACE", keyword);
        return new NamespaceDeclarationSyntax(keyword, name, SyntaxList<DeclarationSyntax>.Create(declarations), end, TryEat(SyntaxKind.SemicolonToken));
    }

    /// <summary>
    /// CLASS [modifiers] Name [EXTENDS ...] [IMPLEMENTS ...] variables, methods END_CLASS: an IEC ed. 3 class is a
    /// function block without a body, so it is read (and bound) as one; CLASS and END_CLASS stay contextual words.
    /// </summary>
    private FunctionBlockDeclarationSyntax ParseClass()
    {
        var keyword = EatToken();
        var modifiers = ParseModifiers();
        var name = ExpectName("after CLASS");
        var extends = ParseExtendsClause();
        var implements = ParseImplementsClause();
        var headers = ParseBlockAttributes();
        var varBlocks = ParseVarBlocks();
        var members = ParseMembers();
        return new FunctionBlockDeclarationSyntax(keyword, modifiers, name, extends, implements, headers, varBlocks, members, null,
            SyntaxList<StatementSyntax>.Create(null), ExpectContextualEnd("END_CLASS", keyword), TryEat(SyntaxKind.SemicolonToken));
    }

    /// <summary>A contextual END_ word (END_CLASS, END_NAMESPACE), or a missing one reported against its opener.</summary>
    private SyntaxToken ExpectContextualEnd(string endWord, SyntaxToken opener)
    {
        if (IsContextual(Current, endWord))
        {
            return EatToken();
        }

        var line = _source.GetLinePosition(opener.Span.Start).Line;
        ReportMissing(SyntaxDiagnosticCodes.MissingEnd, $"expected {endWord} to close the {opener.Text.ToUpperInvariant()} at line {line}, found {Describe(Current)}");
        return Missing(SyntaxKind.IdentifierToken);
    }

    private UsingDirectiveSyntax ParseUsing()
    {
        var keyword = EatToken();
        var names = ParseSeparated(() => ParseQualifiedName("after USING"), SyntaxKind.SemicolonToken);
        return new UsingDirectiveSyntax(keyword, names, ExpectSemicolon("after the USING directive"));
    }

    /// <summary>a.b.c as a name with member accesses (the form a qualified type or namespace name takes in expressions too).</summary>
    private ExpressionSyntax ParseQualifiedName(string context)
    {
        ExpressionSyntax name = new IdentifierNameSyntax(ExpectName(context));
        while (CurrentKind == SyntaxKind.DotToken && PeekToken(1).Kind == SyntaxKind.IdentifierToken)
        {
            var dot = EatToken();
            name = new MemberAccessExpressionSyntax(name, dot, EatToken());
        }

        return name;
    }
}
