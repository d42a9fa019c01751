namespace PlcFleet.Verification.Framework;

/// <summary>Lists a folder's files as relative, forward-slash paths in a stable order.</summary>
public static class WorkspaceFileList
{
    private static readonly string[] SkippedFolders = [".git", ".plcfleet", "bin", "obj"];

    public static IReadOnlyList<string> List(string root)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                // Do not follow folder symlinks: they could lead outside the workspace.
                if (!SkippedFolders.Contains(Path.GetFileName(sub)) && new DirectoryInfo(sub).LinkTarget is null)
                {
                    pending.Push(sub);
                }
            }

            files.AddRange(Directory.EnumerateFiles(folder).Select(f => ToRelative(root, f)));
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public static string ToRelative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
