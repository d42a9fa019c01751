using PlcFleet.Agents.Tools;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// Applies one rule to one file: every match, last first (so earlier offsets stay valid), each re-parsed on its own
/// and refused when it would introduce a syntax error.
/// </summary>
public static class FileRewriter
{
    /// <param name="Replacements">The replaced spans in the order applied (last match first), in the tree's text: what a vendor file maps back to its bytes.</param>
    public sealed record Result(SyntaxTree Tree, IReadOnlyList<AppliedRewrite> Applied, IReadOnlyList<RefusedRewrite> Refused, IReadOnlyList<TextReplacement> Replacements);

    public static Result Apply(RewriteTemplate template, string path, SyntaxTree tree)
    {
        var index = new PouBodyIndex(tree);
        var matches = new TemplateMatcher(template, index).FindAll();
        var applied = new List<AppliedRewrite>();
        var refused = new List<RefusedRewrite>();
        var replacements = new List<TextReplacement>();
        var code = tree.Source.Text;
        var current = tree;
        foreach (var match in matches.OrderByDescending(m => m.First))
        {
            // Offsets before the match are untouched by the rewrites after it, so they index the current code.
            var (start, end, text) = Replacement.Build(template, index, match, code);
            var line = tree.Source.GetLinePosition(start).Line;
            var rewritten = string.Concat(code.AsSpan(0, start), text, code.AsSpan(end));
            var reparsed = SyntaxTree.Parse(new SourceText(rewritten, tree.Source.Path), tree.Dialect);
            if (reparsed.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
            {
                refused.Add(new RefusedRewrite(template.Rule.Name, path, line,
                    $"the result would not parse ({error.Code} at line {error.Start.Line}, column {error.Start.Column}: {error.Message})"));
                continue;
            }

            var (from, to) = UniqueLines(code, start, end);
            var search = code[from..to];
            var replace = string.Concat(code.AsSpan(from, start - from), text, code.AsSpan(end, to - end));
            applied.Add(new AppliedRewrite(template.Rule.Name, line, new FileEdit(path, search, replace)));
            replacements.Add(new TextReplacement(start, end, text));
            code = rewritten;
            current = reparsed;
        }

        return new Result(current, applied, refused, replacements);
    }

    /// <summary>The whole lines around [start, end), widened a line at a time until the text occurs once in the file.</summary>
    private static (int From, int To) UniqueLines(string code, int start, int end)
    {
        var from = LineStart(code, start);
        var to = LineEnd(code, end);
        while (Occurrences(code, code[from..to]) > 1 && (from > 0 || to < code.Length))
        {
            from = from > 0 ? LineStart(code, from - 1) : from;
            to = to < code.Length ? LineEnd(code, to + 1) : to;
        }

        return (from, to);
    }

    private static int LineStart(string code, int position) => position == 0 ? 0 : code.LastIndexOf('\n', position - 1) + 1;

    private static int LineEnd(string code, int position)
    {
        var newline = code.IndexOf('\n', Math.Min(position, code.Length));
        // Stop before a CR too: edit_file normalises line endings, and a lone CR would read as one.
        return newline < 0 ? code.Length : newline > 0 && code[newline - 1] == '\r' ? newline - 1 : newline;
    }

    private static int Occurrences(string code, string text)
    {
        var count = 0;
        for (var i = code.IndexOf(text, StringComparison.Ordinal); i >= 0 && count < 2; i = code.IndexOf(text, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
