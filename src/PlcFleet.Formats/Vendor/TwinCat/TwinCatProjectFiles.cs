using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Workspaces;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor.TwinCat;

/// <summary>
/// A .plcproj decides which TwinCAT files are part of the PLC project: files under its folder that it does not list
/// are left out (TwinCAT ignores them too), and a listed file that is missing is a PF0105 at the listing line.
/// </summary>
public static class TwinCatProjectFiles
{
    /// <param name="workspace">The site the project is in.</param>
    /// <param name="plcproj">The .plcproj, relative to the workspace.</param>
    /// <param name="project">The .plcproj as read.</param>
    /// <param name="files">The site's PLC files, relative to the workspace: TwinCAT files the project does not list are removed.</param>
    public static void Apply(WorkspaceRoot workspace, string plcproj, VendorDocument project, List<string> files, List<Diagnostic> diagnostics)
    {
        var folder = Path.GetDirectoryName(plcproj)!.Replace('\\', '/');
        var listing = new XmlSource(project.Original);
        var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in project.Objects.Where(o => o.Kind == "File"))
        {
            var relative = Path.GetRelativePath(workspace.Root, Path.GetFullPath(Path.Combine(workspace.Root, folder, item.Name))).Replace('\\', '/');
            listed.Add(relative);
            if (VendorFiles.FormatOf(relative) == VendorFormat.TwinCat && !workspace.Exists(relative))
            {
                diagnostics.Add(new Diagnostic(FormatDiagnostics.MissingProjectFile, DiagnosticSeverity.Error, project.Original,
                    new TextSpan(listing.OffsetOf(item.Position.Line, item.Position.Column), 0), $"the project lists '{item.Name}' but the file does not exist"));
            }
        }

        var prefix = folder.Length == 0 ? "" : folder + "/";
        files.RemoveAll(file => file.StartsWith(prefix, StringComparison.Ordinal) && VendorFiles.FormatOf(file) == VendorFormat.TwinCat
            && !listed.Contains(file));
    }
}
