using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Projects;

/// <summary>
/// A site repository's optional <c>plcfleet.yaml</c>: where the PLC code is, which dialect each folder is written in,
/// and where the scenario tests live. Safety markings are read by the safety verifier from the same file.
/// </summary>
public sealed record SiteSettings(
    IReadOnlyList<string> PlcFolders,
    Dialect? DefaultDialect,
    IReadOnlyDictionary<string, Dialect> FolderDialects,
    IReadOnlyList<string> ScenarioFolders)
{
    public const string FileName = "plcfleet.yaml";

    public static SiteSettings Default { get; } = new([], null, new Dictionary<string, Dialect>(), []);

    /// <summary>
    /// <c>equivalence: observe:</c> signals the equivalence check compares besides the outputs and written globals
    /// (e.g. an internal step number an operator panel shows through a tag the PLC code cannot see).
    /// </summary>
    public IReadOnlyList<string> EquivalenceObserve { get; init; } = [];

    /// <summary><c>equivalence: ignore:</c> signals the equivalence check never compares (e.g. a diagnostics counter).</summary>
    public IReadOnlyList<string> EquivalenceIgnore { get; init; } = [];

    /// <summary>
    /// The dialect of a file: the most specific folder setting, else the site default for <c>.st</c>,
    /// else by extension (<c>.scl</c> is Siemens SCL, everything else the CODESYS/TwinCAT flavour the field uses).
    /// </summary>
    public Dialect DialectOf(string relativePath)
    {
        var normalized = relativePath.Replace('\\', '/');
        var folder = FolderDialects
            .Where(pair => normalized.StartsWith(pair.Key.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(pair => pair.Key.Length)
            .Select(pair => (Dialect?)pair.Value)
            .FirstOrDefault();
        if (folder is { } chosen)
        {
            return chosen;
        }

        // Siemens sources: SCL blocks, UDT sources and data block sources all go through the SCL front end.
        if (Path.GetExtension(normalized).ToUpperInvariant() is ".SCL" or ".UDT" or ".DB")
        {
            return Dialect.Scl;
        }

        return DefaultDialect ?? Dialect.Codesys;
    }
}
