using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using PlcFleet.Formats.Workspaces;

namespace PlcFleet.Verification.Scope;

/// <summary>
/// A unified diff (3 lines of context) of baseline against workspace: what the judge and the reviewer read.
/// Written the way git writes it, including "\ No newline at end of file" and binary files, so
/// <see cref="UnifiedDiffParser"/> reads back exactly the texts that were compared.
/// </summary>
public static class UnifiedDiff
{
    public const int ContextLines = 3;

    public const string NoNewlineMarker = "\\ No newline at end of file";

    public static string Create(string baselineRoot, string workspaceRoot)
    {
        var text = new StringBuilder();
        var baseline = new WorkspaceRoot(baselineRoot);
        var workspace = new WorkspaceRoot(workspaceRoot);
        foreach (var change in WorkspaceComparer.Compare(baselineRoot, workspaceRoot))
        {
            var before = change.Kind == FileChangeKind.Added ? "" : WorkspaceComparer.Content(baseline, change.Path);
            var after = change.Kind == FileChangeKind.Deleted ? "" : WorkspaceComparer.Content(workspace, change.Path);
            text.Append(ForFile(change.Path, before, after, change.Kind));
        }

        return text.ToString();
    }

    /// <param name="oldPath">The path before a rename (null: the same as <paramref name="path"/>).</param>
    public static string ForFile(string path, string before, string after, FileChangeKind kind = FileChangeKind.Modified, string? oldPath = null)
    {
        var text = new StringBuilder();
        text.Append("--- ").Append(kind == FileChangeKind.Added ? "/dev/null" : "a/" + (oldPath ?? path)).Append('\n');
        text.Append("+++ ").Append(kind == FileChangeKind.Deleted ? "/dev/null" : "b/" + path).Append('\n');
        if (IsBinary(before) || IsBinary(after))
        {
            text.Append("Binary files differ\n");
            return text.ToString();
        }

        var oldLines = Lines(before);
        var newLines = Lines(after);
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new CustomFunctionChunker(Lines));
        var blocks = diff.DiffBlocks;
        for (var first = 0; first < blocks.Count;)
        {
            // Changes closer than twice the context share one hunk, as in git; otherwise hunks would overlap.
            var last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * ContextLines)
            {
                last++;
            }

            var lead = Math.Min(ContextLines, blocks[first].DeleteStartA);
            var endA = blocks[last].DeleteStartA + blocks[last].DeleteCountA;
            var endB = blocks[last].InsertStartB + blocks[last].InsertCountB;
            var trail = Math.Min(ContextLines, Math.Max(0, oldLines.Length - endA));
            var oldStart = blocks[first].DeleteStartA - lead;
            var newStart = blocks[first].InsertStartB - lead;
            var oldCount = endA + trail - oldStart;
            var newCount = endB + trail - newStart;
            // As git does: an empty side starts at line 0.
            text.Append($"@@ -{(oldCount == 0 ? 0 : oldStart + 1)},{oldCount} +{(newCount == 0 ? 0 : newStart + 1)},{newCount} @@\n");
            var at = oldStart;
            for (var b = first; b <= last; b++)
            {
                var block = blocks[b];
                for (; at < block.DeleteStartA; at++)
                {
                    AppendLine(text, ' ', oldLines[at]);
                }

                for (var i = 0; i < block.DeleteCountA; i++, at++)
                {
                    AppendLine(text, '-', oldLines[at]);
                }

                for (var i = 0; i < block.InsertCountB; i++)
                {
                    AppendLine(text, '+', newLines[block.InsertStartB + i]);
                }
            }

            for (; at < endA + trail; at++)
            {
                AppendLine(text, ' ', oldLines[at]);
            }

            first = last + 1;
        }

        return text.ToString();
    }

    public static bool IsBinary(string text) => text.Contains('\0', StringComparison.Ordinal);

    private static void AppendLine(StringBuilder text, char kind, string line)
    {
        // A line without its newline (the file's last) carries a trailing '\n' from Lines(): see there.
        if (line.EndsWith('\n'))
        {
            text.Append(kind).Append(line.AsSpan(0, line.Length - 1)).Append('\n').Append(NoNewlineMarker).Append('\n');
        }
        else
        {
            text.Append(kind).Append(line).Append('\n');
        }
    }

    /// <summary>
    /// The file's lines split at '\n' only (a CR stays part of its line, as in git). The last line of a text without a
    /// final newline keeps a '\n' as a mark, so "x" and "x\n" differ and the marker line can be written.
    /// </summary>
    private static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        if (text.EndsWith('\n'))
        {
            return lines[..^1];
        }

        lines[^1] += "\n";
        return lines;
    }
}
