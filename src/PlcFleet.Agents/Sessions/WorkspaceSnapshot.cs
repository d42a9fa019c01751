using PlcFleet.Formats.Workspaces;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Agents.Sessions;

/// <summary>A temporary copy of the workspace taken at session start, used as the "before" when no baseline was given; kept in <see cref="PrivateTemp"/>.</summary>
public sealed class WorkspaceSnapshot : IDisposable
{
    private WorkspaceSnapshot(string root) => Root = root;

    public string Root { get; }

    public static WorkspaceSnapshot Take(string workspaceRoot)
    {
        var root = PrivateTemp.NewPath("baseline");
        new WorkspaceRoot(workspaceRoot).CopyTo(root);
        return new WorkspaceSnapshot(root);
    }

    public void Dispose() => PrivateTemp.TryDelete(Root);
}
