using PlcFleet.Formats.Workspaces;
namespace PlcFleet.Verification.Framework;

/// <summary>
/// What a verifier sees: the site's workspace after the change, the same code before it (a folder),
/// the migration's scope and its prompt text.
/// </summary>
public sealed record VerificationContext(
    string WorkspaceRoot,
    string? BaselineRoot = null,
    ChangeScope? Scope = null,
    string MigrationPrompt = "")
{
    /// <summary>The site after and before the change, each read, parsed and bound once for all verifiers of a run.</summary>
    public SiteVersions Sites { get; init; } = new(WorkspaceRoot, BaselineRoot);

    /// <summary>The code after the change (<see cref="Sites"/>).</summary>
    public LoadedSite Workspace => Sites.Workspace;

    /// <summary>The code before the change, or null without a baseline folder.</summary>
    public LoadedSite? Baseline => Sites.Baseline;

    /// <summary>The same request over the folders as they are now: what an earlier run loaded is not reused.</summary>
    public VerificationContext ReadAgain() => this with { Sites = new(WorkspaceRoot, BaselineRoot) };

    /// <summary>Workspace-relative paths (forward slashes) of all files, skipping version-control folders.</summary>
    public IReadOnlyList<string> WorkspaceFiles() => new WorkspaceRoot(WorkspaceRoot).ListFiles();

    public bool HasFileEndingWith(params string[] suffixes) =>
        WorkspaceFiles().Any(f => suffixes.Any(s => f.EndsWith(s, StringComparison.OrdinalIgnoreCase)));

    public string FullPath(string relativePath) => Path.Combine(WorkspaceRoot, relativePath);
}
