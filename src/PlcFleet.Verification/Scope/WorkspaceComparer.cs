using DiffPlex;
using PlcFleet.Formats.Workspaces;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Scope;

/// <summary>Compares the site's code before the change (a folder) with the workspace after it.</summary>
public static class WorkspaceComparer
{
    public static IReadOnlyList<FileChange> Compare(string baselineRoot, string workspaceRoot)
    {
        var baseline = new WorkspaceRoot(baselineRoot);
        var workspace = new WorkspaceRoot(workspaceRoot);
        var before = baseline.ListFiles();
        var after = workspace.ListFiles().ToHashSet(StringComparer.Ordinal);
        var changes = new List<FileChange>();

        foreach (var path in before)
        {
            var oldText = Content(baseline, path);
            if (!after.Remove(path))
            {
                changes.Add(new FileChange(path, FileChangeKind.Deleted, CountLines(oldText)));
                continue;
            }

            var newText = Content(workspace, path);
            if (!string.Equals(oldText, newText, StringComparison.Ordinal))
            {
                changes.Add(new FileChange(path, FileChangeKind.Modified, CountChangedLines(oldText, newText)));
            }
        }

        foreach (var path in after.Order(StringComparer.Ordinal))
        {
            changes.Add(new FileChange(path, FileChangeKind.Added, CountLines(Content(workspace, path))));
        }

        return changes.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The text of a file for comparing and diffing; a file that is not read (a link out of the workspace, a device,
    /// too large) stands as one line saying why, so the change is still seen but nothing outside leaks into a diff.
    /// </summary>
    public static string Content(WorkspaceRoot root, string path)
    {
        var read = root.ReadText(path);
        return read.Text ?? $"(not read: {read.Error})\n";
    }

    public static int CountChangedLines(string oldText, string newText)
    {
        var diff = Differ.Instance.CreateLineDiffs(oldText, newText, ignoreWhitespace: false);
        return diff.DiffBlocks.Sum(b => b.DeleteCountA + b.InsertCountB);
    }

    private static int CountLines(string text) =>
        text.Length == 0 ? 0 : text.Split('\n').Length - (text.EndsWith('\n') ? 1 : 0);
}
