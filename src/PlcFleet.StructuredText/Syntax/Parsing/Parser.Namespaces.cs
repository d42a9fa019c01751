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

        SyntaxToken end;
        if (IsContextual(Current, "END_NAMESPACE"))
        {
            end = EatToken();
        }
        else
        {
            var line = _source.GetLinePosition(keyword.Span.Start).Line;
            ReportMissing(SyntaxDiagnosticCodes.MissingEnd, $"expected END_NAMESPACE to close the NAMESPACE at line {line}, found {Describe(Current)}");
            end = Missing(SyntaxKind.IdentifierToken);
        }

        return new NamespaceDeclarationSyntax(keyword, name, SyntaxList<DeclarationSyntax>.Create(declarations), end, TryEat(SyntaxKind.SemicolonToken));
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
