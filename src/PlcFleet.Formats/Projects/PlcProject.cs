using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Formats.Projects;

/// <summary>
/// The PLC code of one repository or folder: every POU, type and global list across its files, read as one project,
/// plus the problems met while reading (unreadable files, a broken plcfleet.yaml).
/// </summary>
public sealed record PlcProject(string Root, SiteSettings Settings, IReadOnlyList<PlcSourceFile> Files, IReadOnlyList<Diagnostic> LoadDiagnostics)
{
    public int LineCount => Files.Sum(f => f.Syntax.Source.LineCount);
}
