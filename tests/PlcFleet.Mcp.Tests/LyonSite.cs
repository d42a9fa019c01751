using PlcFleet.Fleet.Git;

namespace PlcFleet.Mcp.Tests;

/// <summary>
/// A copy of examples/fleet/sites/lyon-l1 (case packer: e-stop, guard door, light curtain, start warning, six
/// scenario files) committed in a throw-away git repository, as an engineer's checkout would be.
/// </summary>
public sealed class LyonSite : IDisposable
{
    public const string MainProgram = "src/PRG_Main.st";

    public const string GuardIf = """
        IF GuardDoor_Ch1 AND GuardDoor_Ch2 THEN
            Guard_OK := TRUE;
        ELSE
            Guard_OK := FALSE;
        END_IF;
        """;

    public const string SafetyChain = "Safety_OK := EStop_OK AND Guard_OK AND LightCurtain_OK;";

    public const string StartWarning = "tonStartWarn(IN := State = 10, PT := T#500MS);";

    public LyonSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "plcfleet-mcp-lyon-" + Guid.NewGuid().ToString("N")[..12]);
        CopyFolder(Path.Combine(RepositoryRoot(), "examples", "fleet", "sites", "lyon-l1"), Root);
        GitRepository.Init(Root);
    }

    public string Root { get; }

    /// <summary>Replaces text that must be there (a test that edits nothing would prove nothing).</summary>
    public void Edit(string path, string oldText, string newText) => Edit(Root, path, oldText, newText);

    public static void Edit(string root, string path, string oldText, string newText)
    {
        var file = Path.Combine(root, path);
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>An uncommitted copy of the site beside the repository, for the "before"/"after" folder parameters.</summary>
    public string CopyBeside(string suffix)
    {
        var copy = Root + "-" + suffix;
        CopyFolder(Root, copy);
        return copy;
    }

    public void Dispose()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), Path.GetFileName(Root) + "*"))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(".git", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PlcFleet.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("PlcFleet.slnx not found above the test output folder");
    }
}
