using PlcFleet.Formats.Workspaces;

namespace PlcFleet.Mcp;

/// <summary>
/// The folder an MCP server may read, fixed when it starts (<c>plcfleet mcp --root DIR</c>, default: the current
/// folder). A tool's path, absolute or relative to the root, must lead to a file or folder inside it once every
/// symbolic link is followed; /etc/passwd, /proc/self/environ or /dev/zero are refused, never read.
/// </summary>
public sealed class McpRoot(string root)
{
    public WorkspaceRoot Workspace { get; } = new(root);

    public string Root => Workspace.Root;

    /// <summary>The full path of <paramref name="path"/>, or null with why it is refused.</summary>
    public string? Resolve(string? path, out string? refusal)
    {
        var given = (path ?? "").Trim();
        if (given.Length == 0 || given.Contains('\0', StringComparison.Ordinal))
        {
            refusal = "a path is required";
            return null;
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(given, Root));
        var relative = Path.GetRelativePath(Root, full);
        if (relative == ".")
        {
            refusal = null;
            return Root;
        }

        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            refusal = $"'{given}' is outside the folder this MCP server was started for ({Root}); start it with --root to serve another folder";
            return null;
        }

        var checkedPath = Workspace.Resolve(relative);
        if (!checkedPath.IsValid)
        {
            refusal = checkedPath.Error;
            return null;
        }

        // A folder is read file by file through WorkspaceRoot later; a single file must be a regular one now.
        if (FileKinds.Of(full) != FileKind.Directory && !Directory.Exists(full) && Workspace.ProblemWithFile(checkedPath) is { } problem)
        {
            refusal = problem;
            return null;
        }

        refusal = null;
        return full;
    }
}
