using DiffPlex;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// The lines of the new version that a change touched (inserted or edited; a deletion marks the line after it), per file,
/// so a finding can point at the line that causes it instead of at the output's last assignment.
/// </summary>
public sealed class ChangedLines
{
    private readonly Dictionary<string, HashSet<int>> _lines;

    private ChangedLines(Dictionary<string, HashSet<int>> lines) => _lines = lines;

    public bool IsEmpty => _lines.Values.All(l => l.Count == 0);

    /// <summary>Whether the file is part of the new version (a finding may also point into the old one).</summary>
    public bool HasFile(string file) => _lines.ContainsKey(file);

    /// <summary>The files of the new version in path order.</summary>
    public IEnumerable<string> Files => _lines.Keys.Order(StringComparer.Ordinal);

    /// <summary>The changed lines of one file of the new version, in order.</summary>
    public IEnumerable<int> Lines(string file) => _lines.TryGetValue(file, out var lines) ? lines.Order() : [];

    public bool Contains(SourceRef location) => _lines.TryGetValue(location.File, out var lines) && lines.Contains(location.Line);

    public static ChangedLines Between(SiteAnalysis before, SiteAnalysis after)
    {
        var oldFiles = before.Model.Project.Files;
        var lines = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var file in after.Model.Project.Files)
        {
            // Two single-file versions (before.st / after.st) are the same file under two names.
            var old = oldFiles.FirstOrDefault(f => f.RelativePath == file.RelativePath)
                      ?? (oldFiles.Count == 1 && after.Model.Project.Files.Count == 1 ? oldFiles[0] : null);
            var changed = new HashSet<int>();
            var newText = file.Syntax.Source.Text;
            if (old is null)
            {
                changed.UnionWith(Enumerable.Range(1, file.Syntax.Source.LineCount));
            }
            else
            {
                foreach (var block in Differ.Instance.CreateLineDiffs(old.Syntax.Source.Text, newText, ignoreWhitespace: true).DiffBlocks)
                {
                    changed.UnionWith(Enumerable.Range(block.InsertStartB + 1, block.InsertCountB));
                    if (block.InsertCountB == 0)
                    {
                        changed.Add(block.InsertStartB + 1);
                    }
                }
            }

            lines[file.RelativePath] = changed;
        }

        return new ChangedLines(lines);
    }
}
