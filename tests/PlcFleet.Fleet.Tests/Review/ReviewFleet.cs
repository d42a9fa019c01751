using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Rollout;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Tests.TestData;
using PlcFleet.Fleet.Users;

namespace PlcFleet.Fleet.Tests.Review;

/// <summary>
/// A small fleet with real git site repositories, a real store and the review/rollout services. Change requests are
/// made the way the orchestrator makes them: a branch with a commit in the site repository, then a store record.
/// </summary>
public sealed class ReviewFleet : IDisposable
{
    public const string Yaml = """
        fleet: acme-packaging
        waves:
          - name: pilot
            gate: all_deployed
          - name: early
        sites:
          - id: lyon-l1
            name: Lyon case packer
            repository: sites/lyon-l1
            vendor: codesys
            line_status: maintenance
            wave: pilot
            owner: erik
          - id: porto-l1
            name: Porto labeller
            repository: sites/porto-l1
            vendor: codesys
            line_status: stopped
            wave: early
            owner: erik
          - id: gent-a1
            name: Gent assembly cell (running, window Sat 06:00-14:00)
            repository: sites/gent-a1
            vendor: codesys
            line_status: running
            maintenance_windows:
              - { day: Sat, start: "06:00", end: "14:00" }
            wave: early
            owner: erik
        """;

    public const string GuardsBefore = """
        PROGRAM PRG_Guards
        VAR
            GuardDoor_Ch1 : BOOL;
            GuardDoor_Ch2 : BOOL;
            Guard_OK : BOOL;
        END_VAR
        Guard_OK := GuardDoor_Ch1 AND GuardDoor_Ch2;
        END_PROGRAM

        """;

    public const string GuardsAfter = """
        PROGRAM PRG_Guards
        VAR
            GuardDoor_Ch1 : BOOL;
            GuardDoor_Ch2 : BOOL;
            Guard_OK : BOOL;
            GuardMonitor : SF_GuardMonitoring;
        END_VAR
        GuardMonitor(S_GuardSwitch1 := GuardDoor_Ch1, S_GuardSwitch2 := GuardDoor_Ch2);
        Guard_OK := GuardMonitor.S_GuardMonitoring;
        END_PROGRAM

        """;

    private static readonly PasswordHasher Hasher = new(iterations: 1_000);

    public ReviewFleet()
    {
        Folder.Write("fleet.yaml", Yaml);
        foreach (var site in new[] { "lyon-l1", "porto-l1", "gent-a1" })
        {
            Folder.Write($"sites/{site}/src/PRG_Guards.st", GuardsBefore);
            GitRepository.Init(Folder.Combine("sites", site));
        }

        Fleet = FleetLoader.Load(Folder.Combine("fleet.yaml")).Fleet!;
        Store = SqliteFleetStore.Open(Folder.Combine(".plcfleet", "plcfleet.db"), Clock);
        Repositories = new SiteRepositories(Fleet);
        Reviews = new ReviewService(Store, Repositories);
        Rollout = new RolloutService(Store, Repositories, Reviews, Clock);
    }

    public TempFolder Folder { get; } = new();

    /// <summary>Monday 2026-11-23 06:00 UTC: outside Gent's Saturday window.</summary>
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));

    public PlcFleet.Fleet.Inventory.Fleet Fleet { get; }

    public SqliteFleetStore Store { get; }

    public SiteRepositories Repositories { get; }

    public ReviewService Reviews { get; }

    public RolloutService Rollout { get; }

    public GitRepository Repository(string site) => new(Folder.Combine("sites", site));

    public async Task AddUsersAsync()
    {
        await Store.TryAddUserAsync("marta", UserRole.SafetyEngineer, Hasher.Hash("pw"));
        await Store.TryAddUserAsync("tomas", UserRole.SafetyEngineer, Hasher.Hash("pw"));
        await Store.TryAddUserAsync("erik", UserRole.Engineer, Hasher.Hash("pw"));
        await Store.TryAddUserAsync("ada", UserRole.Admin, Hasher.Hash("pw"));
        await Store.TryAddUserAsync("olga", UserRole.Engineer, Hasher.Hash("pw"));
    }

    /// <summary>A migration branch with the guard-monitor change committed, and its change request in the store.</summary>
    public async Task<ChangeRequestRecord> ChangeRequestAsync(
        string site, bool safetyRelated = true, int requiredApprovals = 1, string runActor = "olga", string? author = null, string[]? findings = null)
    {
        var repository = Repository(site);
        var branch = "plcfleet/guard-monitor-v2";
        var worktreePath = Folder.Combine("work", site);
        var worktree = repository.AddWorktree(worktreePath, branch, repository.Head());
        File.WriteAllText(Path.Combine(worktreePath, "src", "PRG_Guards.st"), GuardsAfter);
        string commit;
        if (author is null)
        {
            commit = worktree.CommitAll("Guard monitoring through SF_GuardMonitoring\n\nMigration: guard-monitor v2");
        }
        else
        {
            worktree.Run("add", "-A");
            worktree.Run("commit", "-q", "--author", $"{author} <{author}@acme.example>", "-m", "Hand edit of the guard monitor");
            commit = worktree.Head();
        }

        repository.RemoveWorktree(worktreePath);
        var run = await Store.StartRunAsync(new NewRun("guard-monitor", 2, new string('c', 64), $$"""{"requiredApprovals":{{requiredApprovals}}}""", $"run-{site}-{Guid.NewGuid():N}", runActor));
        var evidence = new ChangeRequestEvidence
        {
            MigrationVersion = 2,
            ContentHash = new string('c', 64),
            MigrationTitle = "Guard monitoring through SF_GuardMonitoring",
            SafetyRelated = safetyRelated,
            BaseCommit = repository.Head(),
            Agent = "rewrite",
            Verification = System.Text.Json.JsonDocument.Parse("""
                {"outcome":"passed","verifiers":[{"name":"compile","outcome":"passed","findings":[]},
                 {"name":"safety","outcome":"passed","findings":[]},{"name":"simulation","outcome":"passed","findings":[]}]}
                """).RootElement.Clone(),
            VerificationOutcome = "Passed",
            SafetyFindings = findings ?? [],
            JudgeDecision = "approve",
            JudgeReasons = ["change matches the prompt"],
            Debrief = "The prompt should say which FB instance name to use.",
        }.ToJson();
        var created = await Store.CreateChangeRequestAsync(new NewChangeRequest(run.Id, "guard-monitor", site, branch, commit, repository.Diff(repository.Head(), commit), evidence));
        return created.ChangeRequest;
    }

    /// <summary>Someone pushes another commit onto the change request's branch after review.</summary>
    public string PushCommit(string site, string branch)
    {
        var repository = Repository(site);
        var path = Folder.Combine("work", site + "-push");
        var worktree = repository.AddWorktree(path, branch, repository.ResolveBranch(branch));
        File.AppendAllText(Path.Combine(path, "src", "PRG_Guards.st"), "(* bypass for commissioning *)\n");
        var sha = worktree.CommitAll("late edit");
        repository.RemoveWorktree(path);
        return sha;
    }

    public void Dispose() => Folder.Dispose();
}
