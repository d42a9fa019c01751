using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Formats.Projects;

/// <summary>
/// The PLC code of one repository or folder: every POU, type and global list across its files, read as one project,
/// plus the problems met while reading (unreadable files, a broken plcfleet.yaml).
/// </summary>
public sealed record PlcProject(string Root, SiteSettings Settings, IReadOnlyList<PlcSourceFile> Files, IReadOnlyList<Diagnostic> LoadDiagnostics)
{
    public int LineCount => Files.Sum(f => f.Syntax.Source.LineCount);

    /// <summary>
    /// Everything the compile step reports for this project: loading, then syntax per file. The one place the CLI
    /// and the compile verifier read from, so the binder's diagnostics only need adding here.
    /// </summary>
    public IReadOnlyList<Diagnostic> GetDiagnostics()
    {
        var all = new List<Diagnostic>(LoadDiagnostics);
        foreach (var file in Files)
        {
            all.AddRange(file.Syntax.Diagnostics);
        }

        return all;
    }
}
