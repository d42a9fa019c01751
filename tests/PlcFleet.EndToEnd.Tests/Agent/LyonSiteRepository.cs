using PlcFleet.Fleet.Git;

namespace PlcFleet.EndToEnd.Tests.Agent;

/// <summary>
/// A throw-away git repository holding a copy of examples/fleet/sites/lyon-l1 (case packer, CODESYS), everything
/// committed on <c>main</c>, plus the path of the guard-monitor migration: what a site engineer would point
/// <c>plcfleet agent run</c> at.
/// </summary>
public sealed class LyonSiteRepository : IDisposable
{
    public const string MainProgram = "src/PRG_Main.st";
    public const string Branch = "plcfleet/guard-monitor-v2";

    public const string GuardIfBlock = """
        IF GuardDoor_Ch1 AND GuardDoor_Ch2 THEN
            Guard_OK := TRUE;
        ELSE
            Guard_OK := FALSE;
        END_IF;
        """;

    public const string GuardMonitorCall = "Guard_OK := SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1, Channel2 := GuardDoor_Ch2);";

    private readonly TempFolder folder = new();

    public LyonSiteRepository()
    {
        var repoRoot = FindRepositoryRoot();
        Root = Path.Combine(folder.Path, "lyon-l1");
        Copy(Path.Combine(repoRoot, "examples", "fleet", "sites", "lyon-l1"), Root);
        Git = GitRepository.Init(Root);
        MigrationFile = Path.Combine(repoRoot, "examples", "migrations", "guard-monitor.md");
        WorkFolder = Path.Combine(folder.Path, "work");
    }

    public string Root { get; }

    public GitRepository Git { get; }

    public string MigrationFile { get; }

    public string WorkFolder { get; }

    public string FolderPath => folder.Path;

    public string ReadOnBranch(string path) => Git.Run("show", $"{Branch}:{path}");

    public int CommitsOnBranch() => int.Parse(Git.Run("rev-list", "--count", $"main..{Branch}").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => folder.Dispose();

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PlcFleet.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PlcFleet.slnx not found above the test output folder");
    }
}
