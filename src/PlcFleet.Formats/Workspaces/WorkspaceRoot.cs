using System.Text;
using PlcFleet.Formats.Vendor;

namespace PlcFleet.Formats.Workspaces;

/// <summary>
/// The one way site code is read from (and written to) disk. Every path is resolved to its real location, following
/// each symbolic link along it, and must stay inside the workspace: a committed link to /etc/passwd, a FIFO, a device
/// or anything under /proc is refused with a reason, a dangling link is reported, and sizes stay within
/// <see cref="WorkspaceLimits"/>. Verifiers, agent tools, MCP tools and snapshots all go through here, so a file that
/// one of them refuses cannot leak through another.
/// </summary>
public sealed class WorkspaceRoot
{
    /// <summary>Folders that never hold a site's code but often sit inside a repository.</summary>
    public static readonly IReadOnlySet<string> SkippedFolders =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".git", ".plcfleet", "bin", "obj", "node_modules" };

    /// <summary>Kernel file systems: reading them leaks the process's secrets (/proc/self/environ) or never ends (/dev/zero).</summary>
    private static readonly string[] SystemFolders = ["/proc", "/dev", "/sys"];

    private const int MaxLinkHops = 40;

    private readonly string realRoot;

    public WorkspaceRoot(string root, WorkspaceLimits? limits = null)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        realRoot = RealPath(Root) ?? Root;
        Limits = limits ?? WorkspaceLimits.Default;
    }

    public string Root { get; }

    public WorkspaceLimits Limits { get; }

    /// <summary>Checks a workspace-relative path (forward or back slashes) without touching the file itself.</summary>
    public WorkspacePath Resolve(string? path)
    {
        var given = (path ?? "").Trim();
        if (given.Length == 0)
        {
            return WorkspacePath.Refused(given, "a path is required, relative to the workspace, e.g. src/POUs/FB_Conveyor.st");
        }

        if (given.Length > Limits.MaxPathLength)
        {
            return WorkspacePath.Refused(Shorten(given), $"the path is {given.Length} characters long; at most {Limits.MaxPathLength} are allowed");
        }

        if (given.Any(char.IsControl))
        {
            return WorkspacePath.Refused(Shorten(given), "the path contains control characters");
        }

        if (Path.IsPathRooted(given) || given.StartsWith('/') || given.StartsWith('\\') || given.StartsWith('~') || (given.Length > 1 && given[1] == ':'))
        {
            return WorkspacePath.Refused(given, $"'{given}' is an absolute path; use a path relative to the workspace, e.g. src/POUs/FB_Conveyor.st");
        }

        var segments = given.Split('/', '\\').Where(s => s.Length > 0 && s != ".").ToList();
        if (segments.Contains(".."))
        {
            return WorkspacePath.Refused(given, $"'{given}' contains '..'; only files inside the workspace can be used");
        }

        if (segments.FirstOrDefault(s => Encoding.UTF8.GetByteCount(s) > Limits.MaxSegmentLength) is { } longSegment)
        {
            return WorkspacePath.Refused(Shorten(given),
                $"a name in the path is {Encoding.UTF8.GetByteCount(longSegment)} bytes long; at most {Limits.MaxSegmentLength} are allowed");
        }

        if (segments.Any(IsVersionControl))
        {
            return WorkspacePath.Refused(given, "a .git folder or file is version control, not part of the workspace's code");
        }

        var relative = string.Join('/', segments);
        if (segments.Count == 0)
        {
            return WorkspacePath.Refused(given, "a file path is required, not the workspace itself");
        }

        var full = Path.Combine([Root, .. segments]);
        var real = RealPath(full);
        if (real is null)
        {
            return WorkspacePath.Refused(relative, $"'{relative}' is a loop of symbolic links");
        }

        if (!IsInside(real, realRoot) || IsSystemPath(real))
        {
            return WorkspacePath.Refused(relative, $"'{relative}' leads outside the workspace (symbolic link); only files inside the workspace can be used");
        }

        return new WorkspacePath(full, relative, null);
    }

    /// <summary>Why the file at this (already resolved) path cannot be read as a regular file, or null when it can.</summary>
    public string? ProblemWithFile(WorkspacePath path, bool mustExist = true)
    {
        if (!path.IsValid)
        {
            return path.Error;
        }

        var real = RealPath(path.FullPath!)!;
        switch (FileKinds.Of(real))
        {
            case FileKind.Regular:
                var length = new FileInfo(real).Length;
                return length > Limits.MaxFileBytes
                    ? $"{path.RelativePath} is {length} bytes; files over {Limits.MaxFileBytes} bytes are not read"
                    : null;
            case FileKind.Directory:
                return $"{path.RelativePath} is a folder, not a file";
            case FileKind.Special:
                return $"{path.RelativePath} is a device, FIFO or socket, not a file; it is not read";
            default:
                if (FileKinds.Of(path.FullPath!) == FileKind.SymbolicLink)
                {
                    return $"{path.RelativePath} is a symbolic link to a file that does not exist";
                }

                return mustExist ? $"{path.RelativePath} does not exist" : null;
        }
    }

    public bool Exists(string relativePath)
    {
        var path = Resolve(relativePath);
        return path.IsValid && ProblemWithFile(path) is null;
    }

    public WorkspaceFileRead ReadText(string relativePath)
    {
        var read = ReadBytes(relativePath);
        if (!read.IsRead)
        {
            return read;
        }

        // Decoded as the engineering tool wrote it (byte-order mark, XML declaration, Windows-1252 for .EXP/.AWL),
        // so that WriteText can put an edit back in the same encoding.
        return read with { Text = EncodedText.Read(relativePath, read.Bytes!).Text };
    }

    public WorkspaceFileRead ReadBytes(string relativePath)
    {
        var path = Resolve(relativePath);
        if (ProblemWithFile(path) is { } problem)
        {
            return WorkspaceFileRead.Refused(path.RelativePath, problem);
        }

        try
        {
            // Never more than the limit, even if the file grew since it was checked.
            using var stream = new FileStream(path.FullPath!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int count;
            while ((count = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, count);
                if (buffer.Length > Limits.MaxFileBytes)
                {
                    return WorkspaceFileRead.Refused(path.RelativePath, $"{path.RelativePath} is over {Limits.MaxFileBytes} bytes; it is not read");
                }
            }

            return new WorkspaceFileRead(path.RelativePath, null, buffer.ToArray(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return WorkspaceFileRead.Refused(path.RelativePath, $"cannot read {path.RelativePath}: {e.Message}");
        }
    }

    /// <summary>
    /// Workspace-relative paths (forward slashes, ordinal order) of every entry that is not a folder: regular files,
    /// and also links and special files, so that checks see them and report them. Folder links are not followed.
    /// </summary>
    public IReadOnlyList<string> ListFiles()
    {
        var files = Walk(folder => !SkippedFolders.Contains(Path.GetFileName(folder)))
            .Where(entry => entry.Kind != FileKind.Directory && !IsVersionControl(Path.GetFileName(entry.Path)))
            .Select(entry => Relative(entry.Path))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Every <c>.git</c> folder or file below the root (not the root's own): a nested repository or submodule, which
    /// git would commit as a gitlink whose content nobody verifies. Folder links are not followed.
    /// </summary>
    public IReadOnlyList<string> NestedVersionControl()
    {
        var found = Walk(folder => !IsVersionControl(Path.GetFileName(folder)))
            .Where(entry => IsVersionControl(Path.GetFileName(entry.Path)) && Path.GetDirectoryName(entry.Path) != realRoot)
            .Select(entry => Relative(entry.Path))
            .ToList();
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>Every entry below the root, descending into real folders (never folder links) that <paramref name="descend"/> allows.</summary>
    private IEnumerable<(string Path, FileKind Kind)> Walk(Func<string, bool> descend)
    {
        if (FileKinds.Of(realRoot) != FileKind.Directory)
        {
            yield break;
        }

        var pending = new Stack<string>();
        pending.Push(realRoot);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            List<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var kind = FileKinds.Of(entry);
                if (kind == FileKind.Directory && descend(entry))
                {
                    pending.Push(entry);
                }

                yield return (entry, kind);
            }
        }
    }

    private string Relative(string fullPath) => Path.GetRelativePath(realRoot, fullPath).Replace('\\', '/');

    /// <summary>
    /// Copies the workspace's code to <paramref name="target"/>: regular files by content, symbolic links as links
    /// (never the file a link points at, which may be outside), devices and FIFOs not at all.
    /// </summary>
    public void CopyTo(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in ListFiles())
        {
            var from = Path.Combine(realRoot, file);
            var to = Path.Combine(target, file);
            switch (FileKinds.Of(from))
            {
                case FileKind.Regular:
                    Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                    File.Copy(from, to, overwrite: true);
                    break;
                case FileKind.SymbolicLink when new FileInfo(from).LinkTarget is { } link:
                    Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                    File.Delete(to);
                    File.CreateSymbolicLink(to, link);
                    break;
            }
        }
    }

    /// <summary>Writes a file of the workspace (creating its folders); null, or why it was refused.</summary>
    /// <remarks>
    /// An edit keeps the file's encoding and byte-order mark: ST inside a TwinCAT or L5X file (UTF-8 with BOM) or a
    /// CODESYS 2.3 export (Windows-1252) changes only the edited bytes. New files are UTF-8 without BOM.
    /// </remarks>
    public string? WriteText(string relativePath, string text)
    {
        var existing = ReadBytes(relativePath);
        var bytes = existing.IsRead
            ? EncodedText.Read(relativePath, existing.Bytes!).Encode(text)
            : new UTF8Encoding(false).GetBytes(text);
        return WriteBytes(relativePath, bytes);
    }

    /// <summary>Writes a file of the workspace as these bytes (creating its folders); null, or why it was refused.</summary>
    public string? WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Resolve(relativePath);
        if (!path.IsValid)
        {
            return path.Error;
        }

        if (ProblemWithFile(path, mustExist: false) is { } problem)
        {
            return problem;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path.FullPath!)!);
            File.WriteAllBytes(path.FullPath!, bytes);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write {path.RelativePath}: {e.Message}";
        }
    }

    public static bool IsVersionControl(string segment) => segment.Equals(".git", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string path) => path.Length <= 80 ? path : path[..80] + "...";

    private static bool IsInside(string path, string root) =>
        string.Equals(path, root, StringComparison.Ordinal)
        || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsSystemPath(string path) => SystemFolders.Any(folder => IsInside(path, folder));

    /// <summary>The path with every symbolic link along it resolved (parts that do not exist are kept); null for a link loop.</summary>
    private static string? RealPath(string fullPath, int hops = 0)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (FileKinds.Of(next) == FileKind.SymbolicLink)
            {
                if (++hops > MaxLinkHops || new FileInfo(next).LinkTarget is not { } target)
                {
                    return null;
                }

                next = RealPath(Path.GetFullPath(target, current), hops);
                if (next is null)
                {
                    return null;
                }
            }

            current = next;
        }

        return current;
    }
}
