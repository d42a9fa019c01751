using PlcFleet.Formats.Workspaces;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Agents.Tools;

/// <summary>
/// Keeps every tool inside the site's workspace (through <see cref="WorkspaceRoot"/>: no absolute paths, no <c>..</c>,
/// no symbolic link that leads out, no device, no <c>.git</c> at any depth, sizes within limits) and adds the agent's
/// own rule: no edits to read-only files (scenario tests, safety configuration).
/// </summary>
public sealed class WorkspaceGuard
{
    private readonly GlobSet readOnly;

    public WorkspaceGuard(string workspaceRoot, IEnumerable<string>? readOnlyGlobs = null, WorkspaceLimits? limits = null)
    {
        Workspace = new WorkspaceRoot(workspaceRoot, limits);
        readOnly = new GlobSet(readOnlyGlobs ?? ChangeScope.DefaultReadOnly);
    }

    public WorkspaceRoot Workspace { get; }

    public string Root => Workspace.Root;

    public WorkspacePath Resolve(string? path) => Workspace.Resolve(path);

    public bool IsReadOnly(string relativePath) => readOnly.Matches(relativePath);
}
