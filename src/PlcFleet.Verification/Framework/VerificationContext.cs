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
    /// <summary>Workspace-relative paths (forward slashes) of all files, skipping version-control folders.</summary>
    public IReadOnlyList<string> WorkspaceFiles() => new WorkspaceRoot(WorkspaceRoot).ListFiles();

    public bool HasFileEndingWith(params string[] suffixes) =>
        WorkspaceFiles().Any(f => suffixes.Any(s => f.EndsWith(s, StringComparison.OrdinalIgnoreCase)));

    public string FullPath(string relativePath) => Path.Combine(WorkspaceRoot, relativePath);
}
