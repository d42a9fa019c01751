using Markdig.Syntax;

namespace PlcFleet.Fleet.Migrations.Body;

/// <summary>
/// Splits the Markdown body into <c>##</c> sections and the <c>###</c> examples under <c>## Examples</c>.
/// An example's code blocks are labelled Before/After by the fence (<c>```st before</c>), by the text or
/// heading just above them (<c>**Before:**</c>), or failing both by order (first before, second after).
/// </summary>
internal static class MigrationBodyReader
{
    public static MigrationBody Read(MarkdownDocument document, string text)
    {
        var blocks = document.Where(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock).ToList();
        var sections = new List<MigrationSection>();
        var examples = new List<MigrationExample>();
        var headings = blocks.OfType<HeadingBlock>().Where(h => h.Level <= 2).ToList();
        foreach (var heading in headings)
        {
            var next = headings.FirstOrDefault(h => h.Span.Start > heading.Span.Start);
            var start = Math.Min(text.Length, heading.Span.End + 1);
            var end = next?.Span.Start ?? text.Length;
            sections.Add(new MigrationSection(HeadingText(heading, text), heading.Line + 1, heading.Column + 1, text[start..Math.Max(start, end)].Trim(), heading.Line + 2));
        }

        ExampleBuilder? current = null;
        var inExamples = false;
        string? pendingLabel = null;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: <= 2 } heading:
                    Flush(current, examples);
                    current = null;
                    inExamples = string.Equals(HeadingText(heading, text), MigrationBody.ExamplesHeading, StringComparison.OrdinalIgnoreCase);
                    break;
                case HeadingBlock { Level: 3 } heading when inExamples:
                    Flush(current, examples);
                    current = new ExampleBuilder(HeadingText(heading, text), heading.Line + 1, heading.Column + 1);
                    pendingLabel = null;
                    break;
                case FencedCodeBlock code when current is not null:
                    var label = Label(code.Arguments) ?? pendingLabel;
                    pendingLabel = null;
                    current.Add(new ExampleCode(code.Info ?? string.Empty, code.Lines.ToString(), code.Line + 1), label);
                    break;
                case LeafBlock leaf when current is not null:
                    pendingLabel = Label(text.Substring(leaf.Span.Start, Math.Min(leaf.Span.Length, text.Length - leaf.Span.Start))) ?? pendingLabel;
                    break;
            }
        }

        Flush(current, examples);
        var firstLine = blocks.Count > 0 ? blocks[0].Line + 1 : 1;
        return new MigrationBody(sections, examples, firstLine);
    }

    private static string HeadingText(HeadingBlock heading, string text) =>
        text.Substring(heading.Span.Start, heading.Span.Length).TrimStart('#').Trim().TrimEnd('#').Trim();

    // "Before" / "After" as a word in a short label; longer prose that merely mentions them does not count.
    private static string? Label(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80)
        {
            return null;
        }

        var words = text.ToLowerInvariant().Split([' ', '*', '_', ':', '#', '(', ')', '.', '-', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var before = words.Contains("before");
        var after = words.Contains("after");
        return before == after ? null : before ? "before" : "after";
    }

    private static void Flush(ExampleBuilder? builder, List<MigrationExample> examples)
    {
        if (builder is not null)
        {
            examples.Add(builder.Build());
        }
    }

    private sealed class ExampleBuilder(string title, int line, int column)
    {
        private readonly List<(ExampleCode Code, string? Label)> _blocks = [];

        public void Add(ExampleCode code, string? label) => _blocks.Add((code, label));

        public MigrationExample Build()
        {
            var before = _blocks.FirstOrDefault(b => b.Label == "before").Code;
            var after = _blocks.FirstOrDefault(b => b.Label == "after").Code;
            if (_blocks.All(b => b.Label is null) && _blocks.Count == 2)
            {
                (before, after) = (_blocks[0].Code, _blocks[1].Code);
            }

            return new MigrationExample(title, line, column, before, after);
        }
    }
}
