using System.Text;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Tests.TestData;

namespace PlcFleet.Fleet.Tests.Runs;

/// <summary>A fleet of conveyor sites, each a real git repository with a hand-written guard IF, plus a store.</summary>
public sealed class RunFixture : IDisposable
{
    public const string GuardProgram = """
        PROGRAM PRG_Main
        VAR
            Guard_Ch1 : BOOL;
            Guard_Ch2 : BOOL;
            Guard_OK : BOOL;
            Conveyor_Run : BOOL;
        END_VAR
        // Infeed guard door -B1: two NC channels of one switch.
        IF Guard_Ch1 AND Guard_Ch2 THEN
            Guard_OK := TRUE;
        ELSE
            Guard_OK := FALSE;
        END_IF;
        Conveyor_Run := Guard_OK;
        END_PROGRAM

        """;

    public const string Migration = """
        ---
        id: guard-and
        title: Guard status as one AND expression
        version: 1
        safety_related: true
        scope:
          include: ["**/*.st"]
        ceiling: { files: 2, lines: 20 }
        preconditions:
          - code_contains: "IF Guard_Ch1 AND Guard_Ch2 THEN"
        agent:
          kind: llm
        ---

        # Guard status as one AND expression

        ## Context

        The guard status is set by an IF block; one assignment says the same.

        ## Task

        Assign `Guard_OK := Guard_Ch1 AND Guard_Ch2;` instead of the IF block.
        """;

    private readonly TempFolder _folder = new();

    public RunFixture(params string[] siteIds)
    {
        var yaml = new StringBuilder("fleet: test-fleet\nsites:\n");
        foreach (var id in siteIds)
        {
            yaml.Append($"  - id: {id}\n    name: {id} conveyor\n    repository: sites/{id}\n    vendor: codesys\n    firmware: 3.5.17\n    line_status: maintenance\n    tags: [packaging]\n");
            _folder.Write($"sites/{id}/src/PRG_Main.st", GuardProgram);
            GitRepository.Init(_folder.Combine("sites", id));
        }

        FleetPath = _folder.Write("fleet.yaml", yaml.ToString());
        MigrationPath = _folder.Write("migrations/guard-and.md", Migration);
        Store = SqliteFleetStore.Open(Path.Combine(WorkFolder, "plcfleet.db"));
    }

    public string FleetPath { get; }

    public string MigrationPath { get; }

    public string WorkFolder => _folder.Combine(".plcfleet");

    public SqliteFleetStore Store { get; }

    public PlcFleet.Fleet.Inventory.Fleet LoadFleet()
    {
        var result = FleetLoader.Load(FleetPath);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Fleet!;
    }

    public Migration LoadMigration()
    {
        var result = MigrationParser.Load(MigrationPath);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Migration!;
    }

    public string SiteFolder(string id) => _folder.Combine("sites", id);

    public GitRepository Repository(string id) => new(SiteFolder(id));

    public MigrationRunOptions Options(int parallel = 2, int maxOpenReviews = 20) =>
        new() { WorkFolder = WorkFolder, Parallel = parallel, MaxOpenReviews = maxOpenReviews, Actor = "test" };

    public Task<RunResult> RunAsync(ISiteAgent agent, MigrationRunOptions? options = null) =>
        new MigrationRunner(Store, agent).RunAsync(LoadFleet(), LoadMigration(), options ?? Options());

    public void Dispose() => _folder.Dispose();
}
