using System.Text;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// Builds the code that replaces one match: the replace template with the holes' original code, later lines
/// indented like the line the match starts on, and any comment from inside the match (outside the holes) moved in
/// front of it, because a rewrite must never drop a comment silently.
/// </summary>
public static class Replacement
{
    public static (int Start, int End, string Text) Build(RewriteTemplate template, PouBodyIndex index, TemplateMatch match, string code)
    {
        var tokens = index.Tokens;
        var start = tokens[match.First].Span.Start;
        var end = tokens[match.Last].Span.End;
        var newline = code.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var indent = IndentationAt(code, start);

        var bound = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, binding) in match.Bindings)
        {
            bound[name] = binding.IsEmpty
                ? ""
                : code[tokens[binding.First].Span.Start..tokens[binding.Last].Span.End];
        }

        var lines = template.Rule.Replace.TrimEnd().TrimStart('\r', '\n').ReplaceLineEndings("\n").Split('\n');
        var indented = string.Join(newline, lines.Select((line, i) => i == 0 || line.Length == 0 ? line : indent + line));
        var text = HoleSyntax.Fill(indented, bound);

        var moved = new StringBuilder();
        foreach (var comment in CommentsOutsideHoles(index, match))
        {
            moved.Append(comment).Append(newline).Append(indent);
        }

        return (start, end, moved + text);
    }

    private static IEnumerable<string> CommentsOutsideHoles(PouBodyIndex index, TemplateMatch match)
    {
        var tokens = index.Tokens;
        var holes = match.Bindings.Values.Where(b => !b.IsEmpty)
            .Select(b => (Start: tokens[b.First].Span.Start, End: tokens[b.Last].Span.End))
            .ToList();
        for (var i = match.First; i <= match.Last; i++)
        {
            IEnumerable<SyntaxTrivia> leading = i == match.First ? [] : tokens[i].LeadingTrivia;
            IEnumerable<SyntaxTrivia> trailing = i == match.Last ? [] : tokens[i].TrailingTrivia;
            foreach (var piece in leading.Concat(trailing))
            {
                var keep = piece.IsComment || piece.Kind == SyntaxKind.PragmaTrivia;
                if (keep && !holes.Any(h => piece.Span.Start >= h.Start && piece.Span.End <= h.End))
                {
                    yield return piece.Text;
                }
            }
        }
    }

    private static string IndentationAt(string code, int position)
    {
        var lineStart = position == 0 ? 0 : code.LastIndexOf('\n', position - 1) + 1;
        var width = 0;
        while (lineStart + width < code.Length && code[lineStart + width] is ' ' or '\t')
        {
            width++;
        }

        return code.Substring(lineStart, width);
    }
}
