using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.TestSupport.Cli;

namespace PlcFleet.EndToEnd.Tests.Review;

/// <summary>
/// A deployer with a doctored fleet file: the running Gent line marked as in maintenance, the Porto line (wave
/// general, not started) moved into the pilot wave. The plant facts come from the fleet definition recorded and
/// approved in the store, so every such deploy is refused, audited, and nothing reaches a release branch.
/// </summary>
public sealed class FleetDefinitionTests : IDisposable
{
    private const string FleetYaml = """
        # ACME Packaging fleet inventory, MOC-FLT-001
        fleet: acme-packaging
        waves:
          - name: pilot
          - name: general
        sites:
          - id: lyon-l1
            name: Lyon case packer
            repository: sites/lyon-l1
            vendor: codesys
            owner: erik
            line_status: maintenance
            wave: pilot
          - id: gent-a1
            name: Gent assembly cell
            repository: sites/gent-a1
            vendor: codesys
            owner: erik
            line_status: running
            wave: pilot
          - id: porto-l1
            name: Porto labeller
            repository: sites/porto-l1
            vendor: codesys
            owner: erik
            line_status: maintenance
            wave: general
        """;

    private static readonly string Doctored = FleetYaml
        .Replace("line_status: running", "line_status: maintenance", StringComparison.Ordinal)
        .Replace("    wave: general", "    wave: pilot", StringComparison.Ordinal);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "plcfleet-e2e-fleetdef", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_doctored_fleet_file_is_refused_for_every_deploy_and_only_the_approved_definition_counts()
    {
        Assert.Contains("wave: pilot", Doctored.Split("id: porto-l1")[1], StringComparison.Ordinal);
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(Path.Combine(_root, "fleet.yaml"), FleetYaml);
        var fleetRepository = GitRepository.Init(_root, message: "Fleet inventory as approved by the controls team");
        var definitionCommit = fleetRepository.Head();
        var lyon = await ChangeRequestAsync("lyon-l1");
        var gent = await ChangeRequestAsync("gent-a1");
        var porto = await ChangeRequestAsync("porto-l1");

        var ada = Cli("user", "add", "ada", "--role", "admin").Password();
        var marta = CliAs(ada, "user", "add", "marta", "--role", "safety_engineer", "--as", "ada").Password();
        var erik = CliAs(ada, "user", "add", "erik", "--role", "engineer", "--as", "ada").Password();

        // Nothing is deployed before the fleet definition is recorded and approved by someone other than its proposer.
        Assert.Contains("no approved fleet definition", CliAs(erik, "rollout", "next", "--migration", "guard-monitor", "--as", "erik").StdErr);
        var proposed = CliAs(erik, "fleet", "propose", "--as", "erik");
        Assert.True(proposed.ExitCode == 0, proposed.ToString());
        Assert.Contains($"DEF-1 (sha256 ", proposed.StdOut);
        Assert.Contains($"commit {definitionCommit[..12]}", proposed.StdOut);
        Assert.Contains("a safety engineer or admin approves fleet definitions", CliAs(erik, "fleet", "approve", "DEF-1", "--as", "erik").StdErr);
        Assert.Equal(0, CliAs(marta, "fleet", "approve", "DEF-1", "--as", "marta").ExitCode);
        foreach (var id in new[] { lyon, gent, porto })
        {
            Assert.Equal(0, CliAs(marta, "cr", "approve", $"CR-{id}", "--as", "marta", "--comment", "two channels kept").ExitCode);
        }

        Assert.Equal(0, CliAs(erik, "rollout", "next", "--migration", "guard-monitor", "--as", "erik").ExitCode);

        // A doctored copy handed in with --fleet: both lies are named, the deploy is refused and nothing moves.
        var doctoredFile = Path.Combine(_root, "fleet-copy.yaml");
        await File.WriteAllTextAsync(doctoredFile, Doctored);
        var onRunningLine = CliAs(erik, "rollout", "deploy", gent.ToString(), "--as", "erik", "--fleet", doctoredFile);
        var outOfWave = CliAs(erik, "rollout", "deploy", porto.ToString(), "--as", "erik", "--fleet", doctoredFile);
        foreach (var refused in new[] { onRunningLine, outOfWave })
        {
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("is not the approved fleet definition DEF-1", refused.StdErr);
            Assert.Contains("gent-a1: line_status running -> maintenance", refused.StdErr);
            Assert.Contains("porto-l1: wave general -> pilot", refused.StdErr);
            Assert.DoesNotContain("   at ", refused.StdErr);
        }

        // The same lie written over fleet.yaml and committed, then proposed: it still needs someone else's approval.
        await File.WriteAllTextAsync(Path.Combine(_root, "fleet.yaml"), Doctored);
        Assert.Contains("not committed", CliAs(erik, "fleet", "propose", "--as", "erik").StdErr);
        Assert.Contains("is not the approved fleet definition DEF-1", CliAs(erik, "rollout", "deploy", gent.ToString(), "--as", "erik").StdErr);
        fleetRepository.Run("commit", "-q", "-am", "Gent in maintenance");
        Assert.Equal(0, CliAs(erik, "fleet", "propose", "--as", "erik").ExitCode);
        var pending = CliAs(erik, "rollout", "deploy", gent.ToString(), "--as", "erik");
        Assert.Contains("it is DEF-2, proposed by erik and not approved yet", pending.StdErr);

        // With the true definition the plant's facts hold: the running line is refused, the pilot line is deployed.
        fleetRepository.Run("revert", "--no-edit", "HEAD");
        var running = CliAs(erik, "rollout", "deploy", gent.ToString(), "--as", "erik");
        Assert.Equal(1, running.ExitCode);
        Assert.Contains("line gent-a1 is running", running.StdErr);
        Assert.Contains("wave general of guard-monitor has not started", CliAs(erik, "rollout", "deploy", porto.ToString(), "--as", "erik").StdErr);
        var deployed = CliAs(erik, "rollout", "deploy", lyon.ToString(), "--as", "erik");
        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        Assert.Contains("fleet definition: DEF-1", deployed.StdOut);

        Assert.False(new GitRepository(Path.Combine(_root, "sites", "gent-a1")).BranchExists("release"));
        Assert.False(new GitRepository(Path.Combine(_root, "sites", "porto-l1")).BranchExists("release"));
        var store = SqliteFleetStore.Open(Path.Combine(_root, ".plcfleet", "plcfleet.db"));
        Assert.Equal(ChangeRequestState.Approved, (await store.GetChangeRequestAsync(gent))!.State);
        Assert.Equal(ChangeRequestState.Approved, (await store.GetChangeRequestAsync(porto))!.State);
        var audit = await store.Audit.ReadAllAsync();
        var refusals = audit.Where(r => r.Action == "fleet.definition_refused").ToList();
        Assert.True(refusals.Count >= 4, string.Join("\n", refusals.Select(r => r.DetailsJson)));
        Assert.All(refusals.Skip(1), r => Assert.Equal("erik", r.Actor));
        Assert.Contains(refusals, r => r.DetailsJson.Contains("\"purpose\":\"rollout deploy CR-2\"", StringComparison.Ordinal)
            && r.DetailsJson.Contains("gent-a1: line_status running -\\u003E maintenance", StringComparison.Ordinal));
        var approval = audit.Single(r => r.Action == "fleet.definition_approved");
        Assert.Equal("marta", approval.Actor);
        Assert.Contains("\"proposedBy\":\"erik\"", approval.DetailsJson, StringComparison.Ordinal);
        var deploy = audit.Single(r => r.Action == "cr.deployed");
        Assert.Contains($"\"fleetDefinition\":{{\"id\":1,", deploy.DetailsJson, StringComparison.Ordinal);
        Assert.Contains($"\"commit\":\"{definitionCommit}\"", deploy.DetailsJson, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(0, Cli("audit", "verify").ExitCode);

        // Erik, with write access to the database file, removes the record of his refused attempts at the end of the trail.
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_root, ".plcfleet", "plcfleet.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE sequence = {audit[^1].Sequence};";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var verify = Cli("audit", "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"truncated: record #{audit[^1].Sequence} was anchored at", verify.StdOut);
    }

    [Fact]
    public void Only_an_admin_bootstraps_a_new_store_and_every_later_user_needs_an_admin()
    {
        Directory.CreateDirectory(_root);
        var first = Cli("user", "add", "marta", "--role", "safety_engineer");
        Assert.Equal(2, first.ExitCode);
        Assert.Contains("the first user must be an admin", first.StdErr);
        Assert.Contains("no users yet", first.StdErr);

        var ada = Cli("user", "add", "ada", "--role", "admin");
        Assert.Contains("as the first user of this store", ada.StdOut);
        var adaPassword = ada.Password();
        var second = Cli("user", "add", "bob", "--role", "admin");
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("this fleet has users; pass --as ADMIN", second.StdErr);
        Assert.Equal(0, CliAs(adaPassword, "user", "add", "marta", "--role", "safety_engineer", "--as", "ada").ExitCode);

        var users = Cli("user", "list").StdOut;
        Assert.Contains("ada", users);
        Assert.Contains("marta", users);
        Assert.DoesNotContain("bob", users);
        var audit = Cli("audit", "verify");
        Assert.Equal(0, audit.ExitCode);
    }

    private CliResult Cli(params string[] args) => CliRunner.Run(_root, args);

    private CliResult CliAs(string password, params string[] args) =>
        CliRunner.Run(_root, new Dictionary<string, string?> { ["PLCFLEET_PASSWORD"] = password }, args);

    private async Task<long> ChangeRequestAsync(string site)
    {
        var folder = Path.Combine(_root, "sites", site);
        Directory.CreateDirectory(Path.Combine(folder, "src"));
        await File.WriteAllTextAsync(Path.Combine(folder, "src", "PRG_EStop.st"), "PROGRAM PRG_EStop\nVAR EStop_OK : BOOL; END_VAR\nEStop_OK := FALSE;\nEND_PROGRAM\n");
        var repository = GitRepository.Init(folder);
        var worktree = repository.AddWorktree(folder + "-wt", "plcfleet/guard-monitor-v1", repository.Head());
        await File.WriteAllTextAsync(Path.Combine(worktree.Root, "src", "PRG_EStop.st"), "PROGRAM PRG_EStop\nVAR EStop_OK : BOOL; EStop_Ch1 : BOOL; END_VAR\nEStop_OK := EStop_Ch1;\nEND_PROGRAM\n");
        var commit = worktree.CommitAll("E-stop from channel 1");
        repository.RemoveWorktree(worktree.Root);

        var store = SqliteFleetStore.Open(Path.Combine(_root, ".plcfleet", "plcfleet.db"));
        var run = await store.StartRunAsync(new NewRun("guard-monitor", 1, new string('d', 64), """{"actor":"olga"}""", $"run-{site}"));
        var created = await store.CreateChangeRequestAsync(new NewChangeRequest(run.Id, "guard-monitor", site, "plcfleet/guard-monitor-v1", commit, repository.Diff(repository.Head(), commit), """{"safetyRelated":true}"""));
        SqliteConnection.ClearAllPools();
        return created.ChangeRequest.Id;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
