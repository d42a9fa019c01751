using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Semantics.Libraries;

namespace PlcFleet.Formats.Projects;

/// <summary>
/// The PLC code of one repository or folder: every POU, type and global list across its files, read as one project,
/// plus the problems met while reading (unreadable files, a broken plcfleet.yaml).
/// </summary>
public sealed record PlcProject(string Root, SiteSettings Settings, IReadOnlyList<PlcSourceFile> Files, IReadOnlyList<Diagnostic> LoadDiagnostics)
{
    private Compilation? _compilation;

    /// <summary>Libraries the site's vendor files reference (TwinCAT .plcproj, CODESYS .EXP LIBRARY sections, AX apax.yml), by name.</summary>
    public IReadOnlyList<string> ProjectLibraries { get; init; } = [];

    /// <summary>Every library the site declares: its vendor project's references, then plcfleet.yaml's <c>libraries:</c>.</summary>
    public LibraryReferences Libraries => new([.. ProjectLibraries.Concat(Settings.Libraries).Distinct(StringComparer.OrdinalIgnoreCase)]);

    public int LineCount => Files.Sum(f => f.Syntax.Source.LineCount);

    /// <summary>The bound, type-checked project (built on first use; the tree is immutable, so it is safe to share).</summary>
    public Compilation Compilation => _compilation ??= Compilation.Create(Files.Select(file => file.Syntax), Libraries);

    /// <summary>
    /// Everything the compile step reports for this project: loading, syntax per file, then semantics.
    /// The one place the CLI and the compile verifier read from.
    /// </summary>
    public IReadOnlyList<Diagnostic> GetDiagnostics()
    {
        var all = new List<Diagnostic>(LoadDiagnostics);
        foreach (var file in Files)
        {
            all.AddRange(file.Syntax.Diagnostics);
        }

        all.AddRange(Compilation.GetSemanticDiagnostics());
        return all;
    }

    /// <summary>True when the compile step reports an error: the code cannot run, so simulation-based checks step aside.</summary>
    public bool HasErrors => GetDiagnostics().Any(d => d.IsError);
}
