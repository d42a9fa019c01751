using PlcFleet.Formats.Workspaces;

namespace PlcFleet.Agents.Sessions;

/// <summary>A temporary copy of the workspace taken at session start, used as the "before" when no baseline was given.</summary>
public sealed class WorkspaceSnapshot : IDisposable
{
    private WorkspaceSnapshot(string root) => Root = root;

    public string Root { get; }

    public static WorkspaceSnapshot Take(string workspaceRoot)
    {
        var root = Path.Combine(Path.GetTempPath(), "plcfleet-baseline-" + Guid.NewGuid().ToString("N"));
        new WorkspaceRoot(workspaceRoot).CopyTo(root);
        return new WorkspaceSnapshot(root);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
