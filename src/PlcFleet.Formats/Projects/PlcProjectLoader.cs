using PlcFleet.Formats.Vendor;
using PlcFleet.Formats.Vendor.TwinCat;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Projects;

/// <summary>Finds and parses the PLC files under a path (a file, or a folder searched recursively).</summary>
public static class PlcProjectLoader
{
    private static readonly string[] PlcExtensions = [".st", ".scl"];

    /// <summary>Folders that never hold a site's PLC code but often sit inside a repository.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { ".git", "bin", "obj", "node_modules" };

    /// <summary>Plain ST/SCL sources and the vendor files that carry ST (TwinCAT, PLCopen XML, CODESYS .EXP, Rockwell L5X).</summary>
    public static bool IsPlcFile(string path) =>
        PlcExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
        || VendorFiles.FormatOf(path) is { } format && format != VendorFormat.TwinCatProject;

    /// <summary>
    /// The project at <paramref name="path"/> and every site project below it: a folder with its own plcfleet.yaml is
    /// a separate PLC program (sites of a fleet reuse POU names), so it is loaded and compiled on its own.
    /// Projects without files or problems are left out.
    /// </summary>
    public static IReadOnlyList<PlcProject> LoadAll(string path, string? displayBase = null)
    {
        var projects = new List<PlcProject> { Load(path, displayBase) };
        if (Directory.Exists(path))
        {
            var sites = new List<string>();
            FindNestedSites(Path.GetFullPath(path), sites);
            projects.AddRange(sites.Order(StringComparer.Ordinal).Select(site => Load(site, displayBase)));
        }

        return projects.Where(p => p.Files.Count > 0 || p.LoadDiagnostics.Count > 0).ToList();
    }

    /// <param name="path">A file or folder.</param>
    /// <param name="displayBase">Paths in diagnostics are shown relative to this folder (usually the current directory).</param>
    public static PlcProject Load(string path, string? displayBase = null)
    {
        var fullPath = Path.GetFullPath(path);
        var root = File.Exists(fullPath) ? Path.GetDirectoryName(fullPath)! : fullPath;
        var display = displayBase ?? Directory.GetCurrentDirectory();
        var diagnostics = new List<Diagnostic>();

        var settings = LoadSettings(root, display, diagnostics);
        var files = File.Exists(fullPath) ? [fullPath] : EnumeratePlcFiles(root, settings, display, diagnostics);

        var parsed = new List<PlcSourceFile>();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var shown = DisplayPath(display, file);
            if (VendorFiles.IsVendorFile(file))
            {
                if (ReadVendor(file, shown, diagnostics) is { StructuredText: { } view } vendor)
                {
                    parsed.Add(new PlcSourceFile(relative, SyntaxTree.Parse(view.Text, settings.DialectOf(relative)), vendor));
                }

                continue;
            }

            var text = ReadText(file, shown, diagnostics);
            if (text is null)
            {
                continue;
            }

            parsed.Add(new PlcSourceFile(relative, SyntaxTree.Parse(new SourceText(text, shown), settings.DialectOf(relative))));
        }

        return new PlcProject(root, settings, parsed, diagnostics);
    }

    private static VendorDocument? ReadVendor(string file, string shown, List<Diagnostic> diagnostics)
    {
        try
        {
            var document = VendorFiles.Read(file, shown);
            diagnostics.AddRange(document.Diagnostics);
            return document;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(FormatDiagnostics.UnreadableFile, DiagnosticSeverity.Error, new SourceText(string.Empty, shown), default,
                $"cannot read the file: {e.Message}"));
            return null;
        }
    }

    private static SiteSettings LoadSettings(string root, string display, List<Diagnostic> diagnostics)
    {
        var file = Path.Combine(root, SiteSettings.FileName);
        if (!File.Exists(file))
        {
            return SiteSettings.Default;
        }

        var shown = DisplayPath(display, file);
        var text = ReadText(file, shown, diagnostics);
        return text is null ? SiteSettings.Default : SiteSettingsReader.Read(new SourceText(text, shown), diagnostics);
    }

    private static List<string> EnumeratePlcFiles(string root, SiteSettings settings, string display, List<Diagnostic> diagnostics)
    {
        var folders = settings.PlcFolders.Count == 0 ? [root] : settings.PlcFolders.Select(f => Path.Combine(root, f)).Where(Directory.Exists).ToList();
        var files = new List<string>();
        var twinCatProjects = new List<string>();
        foreach (var folder in folders)
        {
            Collect(folder, files, twinCatProjects);
        }

        foreach (var plcproj in twinCatProjects)
        {
            TwinCatProjectFiles.Apply(plcproj, files, DisplayPath(display, plcproj), diagnostics);
        }

        // Ordinal order keeps output and hashes stable across machines and file systems.
        files.Sort(StringComparer.Ordinal);
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Collect(string folder, List<string> files, List<string> twinCatProjects)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (IsPlcFile(file))
            {
                files.Add(file);
            }
            else if (VendorFiles.FormatOf(file) == VendorFormat.TwinCatProject)
            {
                twinCatProjects.Add(file);
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(sub)) && !IsSiteRoot(sub))
            {
                Collect(sub, files, twinCatProjects);
            }
        }
    }

    /// <summary>Relative to the display folder when the file is under it, else the full path (no "../../" chains).</summary>
    private static string DisplayPath(string displayBase, string file)
    {
        var relative = Path.GetRelativePath(displayBase, file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
    }

    private static bool IsSiteRoot(string folder) => File.Exists(Path.Combine(folder, SiteSettings.FileName));

    private static void FindNestedSites(string folder, List<string> sites)
    {
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (SkippedFolders.Contains(Path.GetFileName(sub)))
            {
                continue;
            }

            if (IsSiteRoot(sub))
            {
                sites.Add(sub);
            }

            FindNestedSites(sub, sites);
        }
    }

    private static string? ReadText(string file, string shown, List<Diagnostic> diagnostics)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(FormatDiagnostics.UnreadableFile, DiagnosticSeverity.Error, new SourceText(string.Empty, shown), default,
                $"cannot read the file: {e.Message}"));
            return null;
        }
    }
}
