namespace PlcFleet.Formats.Vendor;

/// <summary>
/// <c>plcfleet formats verify</c>: every file under a path that looks like PLC project material is read and written
/// back in memory; supported files must come back byte for byte.
/// </summary>
public static class FormatsVerifier
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { ".git", "bin", "obj", "node_modules", "_Boot", "_CompileInfo", "_Libraries" };

    /// <summary>Extensions of PLC project files PlcFleet does not read yet; listed so a user sees what was not checked.</summary>
    private static readonly HashSet<string> KnownUnsupported = new(StringComparer.OrdinalIgnoreCase)
    {
        ".ACD", ".tsproj", ".TcTTO", ".TcVIS", ".TcVMO", ".TcTLEO", ".TcGTLO", ".TcRMO", ".TcNCO", ".xti", ".project", ".pro", ".export",
    };

    public static IReadOnlyList<RoundTrip> Verify(string path, string displayBase)
    {
        var files = File.Exists(path) ? [Path.GetFullPath(path)] : Collect(Path.GetFullPath(path));
        return files.Select(file => RoundTrip.Of(file, Display(displayBase, file))).ToList();
    }

    private static List<string> Collect(string folder)
    {
        var found = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            found.AddRange(Directory.EnumerateFiles(current).Where(f => VendorFiles.IsVendorFile(f) || KnownUnsupported.Contains(Path.GetExtension(f))));
            foreach (var sub in Directory.EnumerateDirectories(current).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
            {
                pending.Push(sub);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static string Display(string displayBase, string file)
    {
        var relative = Path.GetRelativePath(displayBase, file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
    }
}
