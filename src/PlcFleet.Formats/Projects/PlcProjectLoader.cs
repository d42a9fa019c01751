using PlcFleet.Formats.Vendor;
using PlcFleet.Formats.Vendor.Ax;
using PlcFleet.Formats.Vendor.TwinCat;
using PlcFleet.Formats.Workspaces;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Projects;

/// <summary>Finds and parses the PLC files under a path (a file, or a folder searched recursively).</summary>
public static class PlcProjectLoader
{
    private static readonly string[] PlcExtensions = [".st", ".scl"];

    /// <summary>
    /// Raised with the root folder each time <see cref="Load"/> reads a project from disk: reading, parsing and later
    /// binding a site is the costly part of every check, so callers (and their tests) can see how often it happens.
    /// </summary>
    public static event EventHandler<string>? ProjectLoaded;

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
            var workspace = new WorkspaceRoot(path);
            projects.AddRange(SiteFolders(workspace.ListFiles())
                .Select(site => Load(Path.Combine(workspace.Root, site), displayBase)));
        }

        return projects.Where(p => p.Files.Count > 0 || p.LoadDiagnostics.Count > 0).ToList();
    }

    /// <param name="path">A file or folder.</param>
    /// <param name="displayBase">Paths in diagnostics are shown relative to this folder (usually the current directory).</param>
    public static PlcProject Load(string path, string? displayBase = null)
    {
        var fullPath = Path.GetFullPath(path);
        var isFile = File.Exists(fullPath);
        var workspace = new WorkspaceRoot(isFile ? Path.GetDirectoryName(fullPath)! : fullPath);
        var root = workspace.Root;
        var display = displayBase ?? Directory.GetCurrentDirectory();
        var diagnostics = new List<Diagnostic>();

        var settings = LoadSettings(workspace, display, diagnostics);
        var libraries = new List<string>();
        IEnumerable<string> files = isFile ? [Path.GetFileName(fullPath)] : PlcFiles(workspace, settings, display, diagnostics, libraries);

        var parsed = new List<PlcSourceFile>();
        foreach (var relative in files)
        {
            var shown = DisplayPath(display, Path.Combine(root, relative));
            if (VendorFiles.FormatOf(Path.Combine(root, relative)) is { } format)
            {
                var document = ReadVendor(workspace, relative, format, shown, diagnostics);
                libraries.AddRange(document?.LibraryReferences ?? []);
                if (document is { StructuredText: { } view } vendor)
                {
                    parsed.Add(new PlcSourceFile(relative, SyntaxTree.Parse(view.Text, settings.DialectOf(relative)), vendor));
                }

                continue;
            }

            var text = ReadText(workspace, relative, shown, diagnostics);
            if (text is null)
            {
                continue;
            }

            parsed.Add(new PlcSourceFile(relative, SyntaxTree.Parse(new SourceText(text, shown), settings.DialectOf(relative, text))));
        }

        ProjectLoaded?.Invoke(null, root);
        return new PlcProject(root, settings, parsed, diagnostics) { ProjectLibraries = libraries };
    }

    /// <summary>
    /// The problems of the plcfleet.yaml in <paramref name="root"/> (none when there is no such file): for commands that
    /// need a site's settings but not its code, so a broken file fails them with its position as it fails <c>check</c>.
    /// </summary>
    public static IReadOnlyList<Diagnostic> SettingsDiagnostics(string root, string? displayBase = null)
    {
        var diagnostics = new List<Diagnostic>();
        LoadSettings(new WorkspaceRoot(Path.GetFullPath(root)), displayBase ?? Directory.GetCurrentDirectory(), diagnostics);
        return diagnostics;
    }

    private static SiteSettings LoadSettings(WorkspaceRoot workspace, string display, List<Diagnostic> diagnostics)
    {
        if (FileKinds.Of(Path.Combine(workspace.Root, SiteSettings.FileName)) == FileKind.Missing)
        {
            return SiteSettings.Default;
        }

        var shown = DisplayPath(display, Path.Combine(workspace.Root, SiteSettings.FileName));
        var text = ReadText(workspace, SiteSettings.FileName, shown, diagnostics);
        return text is null ? SiteSettings.Default : SiteSettingsReader.Read(new SourceText(text, shown), diagnostics);
    }

    /// <summary>
    /// The PLC files of this site in ordinal order (stable output and hashes), leaving out nested sites' folders; a
    /// TwinCAT .plcproj decides which TwinCAT files under its folder count and adds the libraries it references; a SIMATIC
    /// AX apax.yml adds its package dependencies.
    /// </summary>
    private static List<string> PlcFiles(WorkspaceRoot workspace, SiteSettings settings, string display, List<Diagnostic> diagnostics, List<string> libraries)
    {
        var all = workspace.ListFiles();
        var nestedSites = SiteFolders(all).Select(site => site + "/").ToList();
        var folders = settings.PlcFolders.Select(f => f.Replace('\\', '/').Trim('/')).Select(f => f is "" or "." ? "" : f + "/").ToList();
        var ofSite = all
            .Where(file => folders.Count == 0 || folders.Any(folder => file.StartsWith(folder, StringComparison.Ordinal)))
            .Where(file => !nestedSites.Any(site => file.StartsWith(site, StringComparison.Ordinal)))
            .ToList();
        var files = ofSite.Where(file => IsPlcFile(Path.Combine(workspace.Root, file))).ToList();
        foreach (var plcproj in ofSite.Where(file => VendorFiles.FormatOf(file) == VendorFormat.TwinCatProject))
        {
            var shown = DisplayPath(display, Path.Combine(workspace.Root, plcproj));
            if (ReadVendor(workspace, plcproj, VendorFormat.TwinCatProject, shown, diagnostics) is { } project)
            {
                TwinCatProjectFiles.Apply(workspace, plcproj, project, files, diagnostics);
                libraries.AddRange(project.LibraryReferences);
            }
        }

        foreach (var apax in ofSite.Where(file => Path.GetFileName(file).Equals(ApaxProject.FileName, StringComparison.OrdinalIgnoreCase)))
        {
            var shown = DisplayPath(display, Path.Combine(workspace.Root, apax));
            if (ReadText(workspace, apax, shown, diagnostics) is { } text)
            {
                libraries.AddRange(ApaxProject.Dependencies(new SourceText(text, shown), diagnostics));
            }
        }

        return files.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Folders below the root with their own plcfleet.yaml: separate sites.</summary>
    private static IEnumerable<string> SiteFolders(IReadOnlyList<string> files) =>
        files.Where(f => f.EndsWith("/" + SiteSettings.FileName, StringComparison.Ordinal))
            .Select(f => f[..^(SiteSettings.FileName.Length + 1)])
            .Order(StringComparer.Ordinal);

    /// <summary>A vendor file read through the workspace (no links out of it), its reader's diagnostics kept.</summary>
    private static VendorDocument? ReadVendor(WorkspaceRoot workspace, string relative, VendorFormat format, string shown, List<Diagnostic> diagnostics)
    {
        var read = workspace.ReadBytes(relative);
        if (!read.IsRead)
        {
            diagnostics.Add(new Diagnostic(FormatDiagnostics.UnreadableFile, DiagnosticSeverity.Error, new SourceText(string.Empty, shown), default,
                $"cannot read the file: {read.Error}"));
            return null;
        }

        var document = VendorFiles.Read(read.Bytes!, format, shown);
        diagnostics.AddRange(document.Diagnostics);
        return document;
    }

    /// <summary>Relative to the display folder when the file is under it, else the full path (no "../../" chains).</summary>
    private static string DisplayPath(string displayBase, string file)
    {
        var relative = Path.GetRelativePath(displayBase, file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
    }

    private static string? ReadText(WorkspaceRoot workspace, string relative, string shown, List<Diagnostic> diagnostics)
    {
        var read = workspace.ReadText(relative);
        if (!read.IsRead)
        {
            diagnostics.Add(new Diagnostic(FormatDiagnostics.UnreadableFile, DiagnosticSeverity.Error, new SourceText(string.Empty, shown), default,
                $"cannot read the file: {read.Error}"));
        }

        return read.Text;
    }
}
