using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Users;

namespace PlcFleet.Web.Tests.Support;

/// <summary>
/// A small fleet on disk for dashboard tests: one site repository with a change request branch, a store with a run
/// started by olga, and four accounts (marta safety engineer, erik and olga engineers, ada admin).
/// </summary>
public sealed class ReviewFleet : IDisposable
{
    public const string Password = "Correct-horse-7";

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
        """;

    private const string Before = """
        PROGRAM PRG_Guard
        VAR
            Guard_Closed : BOOL;
            EStop_OK : BOOL;
            Conveyor_Run : BOOL;
        END_VAR
        Conveyor_Run := Guard_Closed AND EStop_OK;
        END_PROGRAM

        """;

    private const string After = """
        PROGRAM PRG_Guard
        VAR
            Guard_Closed : BOOL;
            EStop_OK : BOOL;
            Conveyor_Run : BOOL;
            GuardMonitor : SAFETY_GUARD_MONITOR;
        END_VAR
        GuardMonitor(Closed := Guard_Closed);
        Conveyor_Run := GuardMonitor.Safe AND EStop_OK;
        END_PROGRAM

        """;

    private int _changeRequests;

    private ReviewFleet(string root) => Root = root;

    public string Root { get; }

    public SqliteFleetStore Store { get; private set; } = null!;

    public SiteRepositories Repositories { get; private set; } = null!;

    public GitRepository Repository { get; private set; } = null!;

    public static async Task<ReviewFleet> CreateAsync()
    {
        var fleet = new ReviewFleet(Path.Combine(Path.GetTempPath(), "plcfleet-web-tests", Guid.NewGuid().ToString("N")[..10]));
        Directory.CreateDirectory(fleet.Root);
        await File.WriteAllTextAsync(Path.Combine(fleet.Root, "fleet.yaml"), FleetYaml);
        var site = Path.Combine(fleet.Root, "sites", "lyon-l1");
        Directory.CreateDirectory(Path.Combine(site, "src"));
        await File.WriteAllTextAsync(Path.Combine(site, "src", "PRG_Guard.st"), Before);
        fleet.Repository = GitRepository.Init(site);
        fleet.Store = SqliteFleetStore.Open(Path.Combine(fleet.Root, ".plcfleet", "plcfleet.db"));
        var loaded = FleetLoader.Load(Path.Combine(fleet.Root, "fleet.yaml"));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        fleet.Repositories = new SiteRepositories(loaded.Fleet!);

        // Few PBKDF2 rounds keep sign-in fast in tests; the stored hash names its own round count.
        var hasher = new PasswordHasher(iterations: 1000);
        await fleet.Store.TryAddUserAsync("marta", UserRole.SafetyEngineer, hasher.Hash(Password));
        await fleet.Store.TryAddUserAsync("erik", UserRole.Engineer, hasher.Hash(Password));
        await fleet.Store.TryAddUserAsync("olga", UserRole.Engineer, hasher.Hash(Password));
        await fleet.Store.TryAddUserAsync("ada", UserRole.Admin, hasher.Hash(Password));
        return fleet;
    }

    /// <summary>Records fleet.yaml as a fleet definition proposed by olga and approved by ada, as rollouts require.</summary>
    public async Task ApproveFleetDefinitionAsync()
    {
        var service = new PlcFleet.Fleet.FleetDefinitions.FleetDefinitionService(Store);
        var (definition, _, problem) = await service.ProposeAsync(PlcFleet.Fleet.FleetDefinitions.FleetDefinitionFile.Read(Path.Combine(Root, "fleet.yaml")), "olga");
        Assert.Null(problem);
        var (approved, refusal) = await service.ApproveAsync(definition!.Id, (await Store.FindUserAsync("ada"))!);
        Assert.Null(refusal);
        Assert.NotNull(approved);
    }

    /// <summary>Opens the store file afresh, as a restarted <c>plcfleet serve</c> would (nothing kept in memory).</summary>
    public void ReopenStore() => Store = SqliteFleetStore.Open(Store.Path);

    /// <summary>A change request on its own branch; the run is started by olga and may ask for more than one approval.</summary>
    public async Task<long> ChangeRequestAsync(string evidenceJson, int requiredApprovals = 1)
    {
        var number = ++_changeRequests;
        var branch = $"plcfleet/guard-monitor-{number}";
        var worktree = Repository.AddWorktree(Path.Combine(Root, $"wt-{number}"), branch, Repository.Head());
        await File.WriteAllTextAsync(Path.Combine(worktree.Root, "src", "PRG_Guard.st"), After);
        // The number keeps commits apart: two identical commits in the same second share a hash, and the store would then
        // (rightly) treat them as one change request.
        var commit = worktree.CommitAll($"guard-monitor: guard door through SAFETY_GUARD_MONITOR (change {number})");
        Repository.RemoveWorktree(worktree.Root);

        var run = await Store.StartRunAsync(new NewRun("guard-monitor", 2, new string('a', 64), $$"""{"actor":"olga","requiredApprovals":{{requiredApprovals}}}""", $"run-{number}"));
        await Store.SetSiteStateAsync(run.Id, "lyon-l1", SiteRunState.Targeted);
        await Store.Audit.AppendAsync("olga", "site.targeted", $"{run.Id}/lyon-l1");
        await Store.SetSiteStateAsync(run.Id, "lyon-l1", SiteRunState.ChangedVerified, "changed and verified");
        await Store.Audit.AppendAsync("olga", "site.state", $"{run.Id}/lyon-l1", new { state = "changed_verified" });
        var created = await Store.CreateChangeRequestAsync(new NewChangeRequest(run.Id, "guard-monitor", "lyon-l1", branch, commit, Repository.Diff(Repository.Head(), commit), evidenceJson));
        await Store.Audit.AppendAsync("olga", "cr.created", $"cr-{created.ChangeRequest.Id}", new { site = "lyon-l1" });
        return created.ChangeRequest.Id;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // git marks object files read-only on some systems.
        }
    }
}
