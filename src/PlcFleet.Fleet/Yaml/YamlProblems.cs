using PlcFleet.Fleet.Problems;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Fleet.Yaml;

/// <summary>
/// Collects problems for one YAML document. The line offset maps YAML lines to file lines when the YAML is
/// embedded (front matter of a migration starts after the opening <c>---</c>).
/// </summary>
internal sealed class YamlProblems(string file, int lineOffset = 0)
{
    private readonly List<Problem> _problems = [];

    public IReadOnlyList<Problem> All => _problems;

    public bool HasAny => _problems.Count > 0;

    public string File { get; } = file;

    public int LineOffset { get; } = lineOffset;

    public void Report(YamlNode node, string message) => Report(node.Start, message);

    public void Report(Mark mark, string message) =>
        _problems.Add(new Problem(File, (int)mark.Line + LineOffset, (int)mark.Column, message));

    public void ReportAt(int line, int column, string message) => _problems.Add(new Problem(File, line, column, message));

    /// <summary>Parses YAML text; syntax errors (including duplicate keys) become problems, never exceptions.</summary>
    public YamlNode? Load(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var reason = e.InnerException is { } inner ? inner.Message : e.Message;
            Report(e.Start, $"invalid YAML: {StripMarkPrefix(reason)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail without a position on text that ends inside a flow collection.
            var lastLine = Math.Max(1, text.TrimEnd().Split('\n').Length);
            ReportAt(lastLine + LineOffset, 1, "invalid YAML: the text ends inside an unclosed '[', '{' or quote");
            return null;
        }
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: ..) - (...)": the position is ours to print.
    private static string StripMarkPrefix(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker > 0 ? message[(marker + 3)..] : message;
    }
}
