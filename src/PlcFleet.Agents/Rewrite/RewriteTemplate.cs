using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Agents.Rewrite;

/// <summary>A rule whose match template has been parsed: the elements to meet in order, and what they must form.</summary>
public sealed record RewriteTemplate(RewriteRule Rule, TemplateShape Shape, IReadOnlyList<TemplateElement> Elements)
{
    /// <summary>The node kind the match must be (one statement or expression); null for statement runs and fragments.</summary>
    public SyntaxKind? RootKind { get; init; }
}
