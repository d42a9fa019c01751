using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// Finds a template in a file's POU bodies by walking the tokens with backtracking: template tokens must equal the
/// code's tokens (trivia ignored, IEC names and keywords case-insensitive), holes bind only whole expressions or
/// statement runs of the syntax tree, a repeated hole must bind equal code, and the whole match must be the node
/// the template parsed as. Matches do not overlap; the leftmost wins.
/// </summary>
public sealed class TemplateMatcher(RewriteTemplate template, PouBodyIndex index)
{
    private readonly IReadOnlyList<TemplateElement> elements = template.Elements;
    private readonly IReadOnlyList<SyntaxToken> tokens = index.Tokens;
    private readonly Dictionary<string, HoleBinding> bindings = new(StringComparer.OrdinalIgnoreCase);
    private int limit;
    private int first;

    public IReadOnlyList<TemplateMatch> FindAll()
    {
        var found = new List<TemplateMatch>();
        for (var start = 0; start < tokens.Count; start++)
        {
            limit = index.BodyEnd(start);
            if (limit < 0)
            {
                continue;
            }

            first = start;
            bindings.Clear();
            if (Step(0, start, out var last))
            {
                found.Add(new TemplateMatch(start, last, new Dictionary<string, HoleBinding>(bindings, StringComparer.OrdinalIgnoreCase)));
                start = Math.Max(start, last);
            }
        }

        return found;
    }

    private bool Step(int element, int position, out int last)
    {
        last = position - 1;
        if (element == elements.Count)
        {
            return position > first && IsWholeNode(first, position - 1);
        }

        switch (elements[element])
        {
            case TokenElement expected:
                return position <= limit && SameToken(expected.Kind, expected.Text, tokens[position])
                    && Step(element + 1, position + 1, out last);

            case ExpressionHole hole:
                foreach (var end in index.ExpressionEndsAt(position))
                {
                    if (end <= limit && TryBind(hole.Name, new HoleBinding(position, end), element, out last))
                    {
                        return true;
                    }
                }

                return false;

            case StatementHole hole:
                foreach (var end in index.StatementRunEndsAt(position))
                {
                    if (end <= limit && TryBind(hole.Name, new HoleBinding(position, end), element, out last))
                    {
                        return true;
                    }
                }

                return TryBind(hole.Name, new HoleBinding(position, position - 1), element, out last);

            default:
                return false;
        }
    }

    private bool TryBind(string name, HoleBinding candidate, int element, out int last)
    {
        last = -1;
        if (bindings.TryGetValue(name, out var earlier))
        {
            return SameCode(earlier, candidate) && Step(element + 1, candidate.Last + 1, out last);
        }

        bindings[name] = candidate;
        if (Step(element + 1, candidate.Last + 1, out last))
        {
            return true;
        }

        bindings.Remove(name);
        return false;
    }

    private bool IsWholeNode(int start, int end) => template.Shape switch
    {
        TemplateShape.Expression => index.IsNode(start, end, template.RootKind!.Value),
        TemplateShape.Statements => template.RootKind is { } kind ? index.IsNode(start, end, kind) : index.IsStatementRun(start, end),
        _ => true,
    };

    private bool SameCode(HoleBinding a, HoleBinding b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            var left = tokens[a.First + i];
            if (!SameToken(left.Kind, left.Text, tokens[b.First + i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameToken(SyntaxKind kind, string text, SyntaxToken token)
    {
        // String contents are data, not names: they compare exactly.
        var comparison = kind is SyntaxKind.StringLiteralToken or SyntaxKind.WideStringLiteralToken
            ? StringComparison.Ordinal
            : StringComparison.OrdinalIgnoreCase;
        return token.Kind == kind && string.Equals(token.Text, text, comparison);
    }
}
