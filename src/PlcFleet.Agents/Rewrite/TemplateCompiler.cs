using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// Parses a rule's match template with the real ST parser: first as an expression, then as statements, then as a
/// fragment of an argument list or operator chain (each checked by parsing it inside the smallest context that
/// completes it). A template that parses in none of them is a problem naming the rule.
/// </summary>
public static class TemplateCompiler
{
    private const string Target = "__rewrite_target";
    private const string ProgramStart = "PROGRAM __rewrite_template\n";
    private const string ProgramEnd = "\nEND_PROGRAM\n";

    public static IReadOnlyList<RuleProblem> CompileAll(IEnumerable<RewriteRule> rules, out IReadOnlyList<RewriteTemplate> templates)
    {
        var problems = new List<RuleProblem>();
        var compiled = new List<RewriteTemplate>();
        foreach (var rule in rules)
        {
            var result = Compile(rule);
            if (result.Template is { } template)
            {
                compiled.Add(template);
            }
            else
            {
                problems.Add(result.Problem!);
            }
        }

        templates = compiled;
        return problems;
    }

    public static (RewriteTemplate? Template, RuleProblem? Problem) Compile(RewriteRule rule)
    {
        var match = rule.Match.Trim();
        if (match.Length == 0)
        {
            return (null, new RuleProblem(rule.Name, "the match template is empty"));
        }

        var matchHoles = HoleSyntax.Names(match);
        var unknown = HoleSyntax.Names(rule.Replace).Where(h => !matchHoles.Contains(h, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return (null, new RuleProblem(rule.Name, $"the replace template uses {string.Join(", ", unknown.Select(h => $":[{h}]"))}, which the match template does not bind"));
        }

        var text = HoleSyntax.ToPlaceholders(match);
        var template = AsExpression(rule, text) ?? AsStatements(rule, text) ?? AsFragment(rule, text);
        return template is null
            ? (null, new RuleProblem(rule.Name, $"the match template does not parse as ST statements, an expression or a piece of an argument list or expression: {OneLine(match)}"))
            : (template, null);
    }

    private static RewriteTemplate? AsExpression(RewriteRule rule, string text)
    {
        var (tree, span) = Parse($"{Target} := ", text, ";");
        if (tree is null || Body(tree) is not [AssignmentStatementSyntax assignment] || assignment.Right.Span != span)
        {
            return null;
        }

        return new RewriteTemplate(rule, TemplateShape.Expression, Elements(tree, span, allowStatementHoles: false)) { RootKind = assignment.Right.Kind };
    }

    private static RewriteTemplate? AsStatements(RewriteRule rule, string text)
    {
        var (tree, span) = Parse("", text, "");
        if (tree is null || Body(tree) is not { Count: > 0 } statements
            || statements[0].Span.Start != span.Start || statements[^1].Span.End != span.End)
        {
            return null;
        }

        var elements = Elements(tree, span, allowStatementHoles: true);
        var single = statements.Count == 1 && elements is not [StatementHole] ? statements[0].Kind : (SyntaxKind?)null;
        return new RewriteTemplate(rule, TemplateShape.Statements, elements) { RootKind = single };
    }

    private static RewriteTemplate? AsFragment(RewriteRule rule, string text)
    {
        var (opens, closes) = UnbalancedParentheses(text);
        var parensBefore = new string('(', closes);
        var parensAfter = new string(')', opens);
        (string Before, string After)[] contexts =
        [
            ("__rewrite_call(", " __rewrite_arg := 0);"),       // leading arguments: "Priority := 1,"
            ("__rewrite_call(__rewrite_arg := 0", ");"),        // trailing arguments: ", Ack := Ack"
            ("__rewrite_call(", ");"),                          // whole arguments: "Priority := 1, Ack := Ack"
            ($"{Target} := {parensBefore}__rewrite_left ", $"{parensAfter};"),                    // right operand: "AND (x = 1))"
            ($"{Target} := {parensBefore}", $" __rewrite_right{parensAfter};"),                   // left operand: "(x = 1) AND"
            ($"{Target} := {parensBefore}__rewrite_left ", $" __rewrite_right{parensAfter};"),    // middle: "AND x OR"
        ];

        foreach (var (before, after) in contexts)
        {
            var (tree, span) = Parse(before, text, after);
            if (tree is not null && Body(tree).Count == 1)
            {
                return new RewriteTemplate(rule, TemplateShape.Fragment, Elements(tree, span, allowStatementHoles: false));
            }
        }

        return null;
    }

    /// <summary>Parses the template inside a program body; null when the parser reports any error.</summary>
    private static (SyntaxTree? Tree, TextSpan Span) Parse(string before, string text, string after)
    {
        var source = ProgramStart + before + text + after + ProgramEnd;
        var tree = SyntaxTree.Parse(new SourceText(source, "template"), Dialect.Codesys);
        var span = new TextSpan(ProgramStart.Length + before.Length, text.Length);
        return (tree.HasErrors ? null : tree, span);
    }

    private static SyntaxList<StatementSyntax> Body(SyntaxTree tree) =>
        tree.Root.Declarations.OfType<ProgramDeclarationSyntax>().Single().Statements;

    private static List<TemplateElement> Elements(SyntaxTree tree, TextSpan span, bool allowStatementHoles)
    {
        var tokens = tree.Root.DescendantTokens()
            .Where(t => !t.IsMissing && t.Span.Start >= span.Start && t.Span.End <= span.End)
            .ToList();
        var elements = new List<TemplateElement>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != SyntaxKind.IdentifierToken || !HoleSyntax.IsPlaceholder(token.Text, out var name))
            {
                elements.Add(new TokenElement(token.Kind, token.Text));
            }
            else if (allowStatementHoles && token.Parent is { Parent: ExpressionStatementSyntax statement }
                     && ReferenceEquals(statement.Semicolon, tokens.ElementAtOrDefault(i + 1)))
            {
                elements.Add(new StatementHole(name));
                i++; // the semicolon belongs to the hole: the bound statements bring their own
            }
            else
            {
                elements.Add(new ExpressionHole(name));
            }
        }

        return elements;
    }

    private static (int Opens, int Closes) UnbalancedParentheses(string text)
    {
        var tokens = SyntaxTree.Lex(new SourceText(text, "template"), Dialect.Codesys);
        int opens = 0, closes = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == SyntaxKind.OpenParenToken)
            {
                opens++;
            }
            else if (token.Kind == SyntaxKind.CloseParenToken)
            {
                if (opens > 0)
                {
                    opens--;
                }
                else
                {
                    closes++;
                }
            }
        }

        return (opens, closes);
    }

    private static string OneLine(string text) => string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
}
