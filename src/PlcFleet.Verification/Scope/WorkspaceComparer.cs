using DiffPlex;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Scope;

/// <summary>Compares the site's code before the change (a folder) with the workspace after it.</summary>
public static class WorkspaceComparer
{
    public static IReadOnlyList<FileChange> Compare(string baselineRoot, string workspaceRoot)
    {
        var before = WorkspaceFileList.List(baselineRoot);
        var after = WorkspaceFileList.List(workspaceRoot).ToHashSet(StringComparer.Ordinal);
        var changes = new List<FileChange>();

        foreach (var path in before)
        {
            var oldText = File.ReadAllText(Path.Combine(baselineRoot, path));
            if (!after.Remove(path))
            {
                changes.Add(new FileChange(path, FileChangeKind.Deleted, CountLines(oldText)));
                continue;
            }

            var newText = File.ReadAllText(Path.Combine(workspaceRoot, path));
            if (!string.Equals(oldText, newText, StringComparison.Ordinal))
            {
                changes.Add(new FileChange(path, FileChangeKind.Modified, CountChangedLines(oldText, newText)));
            }
        }

        foreach (var path in after.Order(StringComparer.Ordinal))
        {
            changes.Add(new FileChange(path, FileChangeKind.Added, CountLines(File.ReadAllText(Path.Combine(workspaceRoot, path)))));
        }

        return changes.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
    }

    public static int CountChangedLines(string oldText, string newText)
    {
        var diff = Differ.Instance.CreateLineDiffs(oldText, newText, ignoreWhitespace: false);
        return diff.DiffBlocks.Sum(b => b.DeleteCountA + b.InsertCountB);
    }

    private static int CountLines(string text) =>
        text.Length == 0 ? 0 : text.Split('\n').Length - (text.EndsWith('\n') ? 1 : 0);
}
