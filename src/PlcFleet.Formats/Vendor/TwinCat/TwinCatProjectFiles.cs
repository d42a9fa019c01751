using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor.TwinCat;

/// <summary>
/// A .plcproj decides which TwinCAT files are part of the PLC project: files under its folder that it does not list
/// are left out (TwinCAT ignores them too), and a listed file that is missing is a PF0105 at the listing line.
/// </summary>
public static class TwinCatProjectFiles
{
    public static void Apply(string plcproj, List<string> files, string shown, List<Diagnostic> diagnostics)
    {
        VendorDocument project;
        try
        {
            project = VendorFiles.Read(plcproj, shown);
        }
        catch (IOException e)
        {
            diagnostics.Add(new Diagnostic(FormatDiagnostics.UnreadableFile, DiagnosticSeverity.Error, new SourceText(string.Empty, shown), default, $"cannot read the file: {e.Message}"));
            return;
        }

        diagnostics.AddRange(project.Diagnostics);
        var folder = Path.GetDirectoryName(plcproj)!;
        var listing = new XmlSource(project.Original);
        var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in project.Objects.Where(o => o.Kind == "File"))
        {
            var full = Path.GetFullPath(Path.Combine(folder, item.Name));
            listed.Add(full);
            if (VendorFiles.FormatOf(full) == VendorFormat.TwinCat && !File.Exists(full))
            {
                diagnostics.Add(new Diagnostic(FormatDiagnostics.MissingProjectFile, DiagnosticSeverity.Error, project.Original,
                    new TextSpan(listing.OffsetOf(item.Position.Line, item.Position.Column), 0), $"the project lists '{item.Name}' but the file does not exist"));
            }
        }

        var prefix = folder + Path.DirectorySeparatorChar;
        files.RemoveAll(file => file.StartsWith(prefix, StringComparison.Ordinal) && VendorFiles.FormatOf(file) == VendorFormat.TwinCat
            && !listed.Contains(file));
    }
}
