namespace PlcFleet.Fleet.Workspaces;

/// <summary>
/// The "before" a change is judged against: a folder given by the caller, or else the committed state of the
/// workspace's git repository (a ref, HEAD by default) in a temporary worktree that disposing removes.
/// </summary>
public sealed class BeforeVersion : IDisposable
{
    private readonly GitBaseline? committed;

    private BeforeVersion(string root, string description, GitBaseline? committed)
    {
        Root = root;
        Description = description;
        this.committed = committed;
    }

    /// <summary>The folder holding the code before the change.</summary>
    public string Root { get; }

    /// <summary>For answers: the folder as given, or <c>git HEAD</c>.</summary>
    public string Description { get; }

    /// <summary>Null with the reason (a user error) when neither the folder nor a git baseline can be had.</summary>
    public static BeforeVersion? Resolve(string workspace, string? baseline, string? gitRef, out string? error)
    {
        if (!string.IsNullOrWhiteSpace(baseline))
        {
            if (!Directory.Exists(baseline))
            {
                error = $"baseline folder '{baseline}' does not exist";
                return null;
            }

            error = null;
            return new BeforeVersion(Path.GetFullPath(baseline), baseline, null);
        }

        var reference = string.IsNullOrWhiteSpace(gitRef) ? "HEAD" : gitRef;
        var git = GitBaseline.TryCreate(workspace, reference, out error);
        return git is null ? null : new BeforeVersion(git.Root, "git " + reference, git);
    }

    public void Dispose() => committed?.Dispose();
}
