using PlcFleet.Fleet.Problems;
using PlcFleet.Formats.Yaml;
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
        if (!YamlLoader.TryLoad(text, out var stream, out var error))
        {
            ReportAt(error.Line + LineOffset, error.Column, $"invalid YAML: {error.Message}");
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }
}
