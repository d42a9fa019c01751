using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Agents.Tools;

/// <summary>
/// Keeps every tool inside the site's workspace: no absolute paths, no <c>..</c>, no symlink that leads out,
/// no version-control folder, and no edits to read-only files (scenario tests, safety configuration).
/// </summary>
public sealed class WorkspaceGuard
{
    private readonly GlobSet readOnly;

    public WorkspaceGuard(string workspaceRoot, IEnumerable<string>? readOnlyGlobs = null)
    {
        Root = Path.GetFullPath(workspaceRoot).TrimEnd(Path.DirectorySeparatorChar);
        RealRoot = RealPath(Root);
        readOnly = new GlobSet(readOnlyGlobs ?? ChangeScope.DefaultReadOnly);
    }

    public string Root { get; }

    private string RealRoot { get; }

    public PathResolution Resolve(string? path)
    {
        var given = (path ?? "").Trim();
        if (given.Length == 0)
        {
            return PathResolution.Refused(given, "a path is required, relative to the workspace, e.g. src/POUs/FB_Conveyor.st");
        }

        if (Path.IsPathRooted(given) || given.StartsWith('/') || given.StartsWith('\\') || given.StartsWith('~') || (given.Length > 1 && given[1] == ':'))
        {
            return PathResolution.Refused(given, $"'{given}' is an absolute path; use a path relative to the workspace, e.g. src/POUs/FB_Conveyor.st");
        }

        var segments = given.Split('/', '\\').Where(s => s.Length > 0 && s != ".").ToList();
        if (segments.Contains(".."))
        {
            return PathResolution.Refused(given, $"'{given}' contains '..'; only files inside the workspace can be used");
        }

        if (segments.Count > 0 && segments[0].Equals(".git", StringComparison.OrdinalIgnoreCase))
        {
            return PathResolution.Refused(given, "the .git folder is not part of the workspace's code");
        }

        var relative = string.Join('/', segments);
        var full = Path.Combine([Root, .. segments]);
        var real = RealPath(full);
        if (!IsInside(real, RealRoot))
        {
            return PathResolution.Refused(relative, $"'{relative}' leads outside the workspace (symbolic link); only files inside the workspace can be used");
        }

        return new PathResolution(full, relative, null);
    }

    public bool IsReadOnly(string relativePath) => readOnly.Matches(relativePath);

    private static bool IsInside(string path, string root) =>
        string.Equals(path, root, StringComparison.Ordinal)
        || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it resolved (parts that do not exist yet are kept as given).</summary>
    private static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                current = target is null ? current : Path.GetFullPath(target.FullName);
                // The target itself may sit under further links.
                current = i == 0 ? current : RealPath(current);
            }
        }

        return current;
    }
}
