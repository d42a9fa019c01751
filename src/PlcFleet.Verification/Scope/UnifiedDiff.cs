using System.Text;
using DiffPlex;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Scope;

/// <summary>A unified diff (3 lines of context) of baseline against workspace: what the judge and the reviewer read.</summary>
public static class UnifiedDiff
{
    public const int ContextLines = 3;

    public static string Create(string baselineRoot, string workspaceRoot)
    {
        var text = new StringBuilder();
        foreach (var change in WorkspaceComparer.Compare(baselineRoot, workspaceRoot))
        {
            var before = change.Kind == FileChangeKind.Added ? "" : File.ReadAllText(Path.Combine(baselineRoot, change.Path));
            var after = change.Kind == FileChangeKind.Deleted ? "" : File.ReadAllText(Path.Combine(workspaceRoot, change.Path));
            text.Append(ForFile(change.Path, before, after, change.Kind));
        }

        return text.ToString();
    }

    public static string ForFile(string path, string before, string after, FileChangeKind kind = FileChangeKind.Modified)
    {
        var oldLines = Lines(before);
        var newLines = Lines(after);
        var text = new StringBuilder();
        text.Append("--- ").AppendLine(kind == FileChangeKind.Added ? "/dev/null" : "a/" + path);
        text.Append("+++ ").AppendLine(kind == FileChangeKind.Deleted ? "/dev/null" : "b/" + path);
        var diff = Differ.Instance.CreateLineDiffs(before, after, ignoreWhitespace: false);
        foreach (var block in diff.DiffBlocks)
        {
            var lead = Math.Min(ContextLines, block.DeleteStartA);
            var trail = Math.Min(ContextLines, Math.Max(0, oldLines.Length - (block.DeleteStartA + block.DeleteCountA)));
            var oldStart = block.DeleteStartA - lead;
            var newStart = block.InsertStartB - lead;
            text.AppendLine($"@@ -{oldStart + 1},{lead + block.DeleteCountA + trail} +{newStart + 1},{lead + block.InsertCountB + trail} @@");
            for (var i = oldStart; i < block.DeleteStartA; i++)
            {
                text.Append(' ').AppendLine(oldLines[i]);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                text.Append('-').AppendLine(oldLines[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                text.Append('+').AppendLine(newLines[block.InsertStartB + i]);
            }

            for (var i = 0; i < trail; i++)
            {
                text.Append(' ').AppendLine(oldLines[block.DeleteStartA + block.DeleteCountA + i]);
            }
        }

        return text.ToString();
    }

    private static string[] Lines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
