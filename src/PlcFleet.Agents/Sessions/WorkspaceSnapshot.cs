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
        foreach (var file in WorkspaceFileList.List(workspaceRoot))
        {
            var target = Path.Combine(root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(workspaceRoot, file), target);
        }

        Directory.CreateDirectory(root);
        return new WorkspaceSnapshot(root);
    }

    public void Dispose() => PrivateTemp.TryDelete(Root);
}
