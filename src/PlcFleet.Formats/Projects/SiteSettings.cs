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

    /// <summary>
    /// <c>libraries:</c> the PLC libraries the site's code uses (Tc2_System, Util, a vendor's motion library), for code
    /// without a vendor project that lists them. Shipped ones are bound from their declarations; names from the others
    /// are warnings instead of errors.
    /// </summary>
    public IReadOnlyList<string> Libraries { get; init; } = [];

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

    /// <summary>
    /// Like <see cref="DialectOf(string)"/>, but a plain .st file in a site that chose no dialect is read as SCL
    /// when its content is unmistakably Siemens (ORGANIZATION_BLOCK, #local :=, "DB".member).
    /// </summary>
    public Dialect DialectOf(string relativePath, string text)
    {
        var normalized = relativePath.Replace('\\', '/');
        var configured = DefaultDialect is not null
            || FolderDialects.Keys.Any(folder => normalized.StartsWith(folder.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));
        return configured ? DialectOf(relativePath) : DialectExtensions.FromContent(relativePath, text);
    }
}
