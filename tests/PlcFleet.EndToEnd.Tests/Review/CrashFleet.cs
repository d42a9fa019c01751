using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.TestSupport.Cli;

namespace PlcFleet.EndToEnd.Tests.Review;

/// <summary>
/// One pilot site (Lyon case packer, in maintenance) with one safety-related change request approved by its safety
/// engineer and the pilot wave started: everything a deploy needs, so a crash test can go straight to the deploy.
/// The plcfleet commands run as the real executable; the store is read directly only to count what was recorded.
/// </summary>
public sealed class CrashFleet : IDisposable
{
    public const string Site = "lyon-l1";

    private const string FleetYaml = """
        fleet: acme-packaging
        waves:
          - name: pilot
        sites:
          - id: lyon-l1
            name: Lyon case packer
            repository: sites/lyon-l1
            vendor: codesys
            line_status: maintenance
            wave: pilot
            owner: erik
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "plcfleet-e2e-crash", Guid.NewGuid().ToString("N"));
    private string _erik = "";

    public string SiteRepository => Path.Combine(_root, "sites", Site);

    public GitRepository Git => new(SiteRepository);

    private string DatabasePath => Path.Combine(_root, ".plcfleet", "plcfleet.db");

    /// <summary>
    /// Builds the fleet and returns the approved change request's id. With <paramref name="hotfixOnRelease"/> the release
    /// branch already carries a hotfix the change does not have, so the deploy is a real merge commit, not a fast-forward.
    /// </summary>
    public async Task<long> ApprovedChangeRequestAsync(bool hotfixOnRelease = false)
    {
        Directory.CreateDirectory(Path.Combine(SiteRepository, "src"));
        await File.WriteAllTextAsync(Path.Combine(_root, "fleet.yaml"), FleetYaml);
        await File.WriteAllTextAsync(Path.Combine(SiteRepository, "src", "PRG_EStop.st"), "PROGRAM PRG_EStop\nVAR EStop_OK : BOOL; END_VAR\nEStop_OK := FALSE;\nEND_PROGRAM\n");
        await File.WriteAllTextAsync(Path.Combine(SiteRepository, "src", "PRG_Conveyor.st"), "PROGRAM PRG_Conveyor\nVAR Run : BOOL; Speed : INT; END_VAR\nSpeed := 100;\nEND_PROGRAM\n");
        var repository = GitRepository.Init(SiteRepository);
        if (hotfixOnRelease)
        {
            var hotfix = repository.AddWorktree(SiteRepository + "-hotfix", "release", repository.Head());
            await File.WriteAllTextAsync(Path.Combine(hotfix.Root, "src", "PRG_Conveyor.st"), "PROGRAM PRG_Conveyor\nVAR Run : BOOL; Speed : INT; END_VAR\nSpeed := 80;\nEND_PROGRAM\n");
            hotfix.CommitAll("Hotfix: conveyor speed 80 % after belt change");
            repository.RemoveWorktree(hotfix.Root);
        }

        var worktree = repository.AddWorktree(SiteRepository + "-wt", "plcfleet/guard-monitor-v1", repository.Head());
        await File.WriteAllTextAsync(Path.Combine(worktree.Root, "src", "PRG_EStop.st"), "PROGRAM PRG_EStop\nVAR EStop_OK : BOOL; EStop_Ch1 : BOOL; END_VAR\nEStop_OK := EStop_Ch1;\nEND_PROGRAM\n");
        var commit = worktree.CommitAll("E-stop from channel 1");
        repository.RemoveWorktree(worktree.Root);

        var store = SqliteFleetStore.Open(DatabasePath);
        var run = await store.StartRunAsync(new NewRun("guard-monitor", 1, new string('d', 64), """{"actor":"olga"}""", $"run-{Site}"));
        var created = await store.CreateChangeRequestAsync(new NewChangeRequest(run.Id, "guard-monitor", Site, "plcfleet/guard-monitor-v1", commit, repository.Diff(repository.Head(), commit), """{"safetyRelated":true}"""));
        SqliteConnection.ClearAllPools();

        var ada = AddUser("ada", "admin");
        var marta = CliAs(ada, "user", "add", "marta", "--role", "safety_engineer", "--as", "ada").Password();
        _erik = CliAs(ada, "user", "add", "erik", "--role", "engineer", "--as", "ada").Password();
        Assert.True(AsErik("fleet", "propose").ExitCode == 0);
        Assert.True(CliAs(marta, "fleet", "approve", "DEF-1", "--as", "marta").ExitCode == 0);
        var approved = CliAs(marta, "cr", "approve", $"CR-{created.ChangeRequest.Id}", "--as", "marta", "--comment", "two channels kept");
        Assert.True(approved.ExitCode == 0, approved.ToString());
        var next = AsErik("rollout", "next", "--migration", "guard-monitor");
        Assert.True(next.ExitCode == 0, next.ToString());
        return created.ChangeRequest.Id;
    }

    public CliResult Cli(params string[] args) => CliRunner.Run(_root, args);

    /// <summary>Erik, the site's engineer, runs a rollout command signed in through PLCFLEET_PASSWORD, as a CI job would.</summary>
    public CliResult AsErik(params string[] args) => CliAs(_erik, [.. args, "--as", "erik"]);

    public string ReleaseHead() => Git.ResolveBranch("release");

    public int ReleaseCommitCount() => int.Parse(Git.Run("rev-list", "--count", "refs/heads/release").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The repository's worktrees besides its own checkout: merge worktrees a killed plcfleet left behind.</summary>
    public IReadOnlyList<string> ExtraWorktrees() =>
        Git.Run("worktree", "list", "--porcelain").Split('\n')
            .Where(l => l.StartsWith("worktree ", StringComparison.Ordinal))
            .Select(l => l["worktree ".Length..])
            .Where(path => Path.GetFullPath(path) != Path.GetFullPath(SiteRepository))
            .ToList();

    /// <summary>The release branch's copy of a site file, i.e. what the controller would get.</summary>
    public string OnRelease(string file) => Git.Run("show", "refs/heads/release:" + file);

    public async Task<IReadOnlyList<DeploymentRecord>> DeploymentsAsync(long changeRequestId)
    {
        var store = SqliteFleetStore.Open(DatabasePath);
        var deployments = await store.ListDeploymentsAsync(changeRequestId);
        SqliteConnection.ClearAllPools();
        return deployments;
    }

    public async Task<IReadOnlyList<AuditRecord>> AuditAsync(string action)
    {
        var store = SqliteFleetStore.Open(DatabasePath);
        var records = (await store.Audit.ReadAllAsync()).Where(r => r.Action == action).ToList();
        SqliteConnection.ClearAllPools();
        return records;
    }

    public async Task<int> OpenIntentCountAsync()
    {
        var store = SqliteFleetStore.Open(DatabasePath);
        var open = await store.ListOpenReleaseIntentsAsync();
        SqliteConnection.ClearAllPools();
        return open.Count;
    }

    private CliResult CliAs(string password, params string[] args) =>
        CliRunner.Run(_root, new Dictionary<string, string?> { ["PLCFLEET_PASSWORD"] = password }, args);

    /// <summary>Adds a user and returns the generated password plcfleet prints once.</summary>
    private string AddUser(string name, string role) => Cli("user", "add", name, "--role", role).Password();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not fail the test.
        }
    }
}
