using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.EndToEnd.Tests.Review;

/// <summary>A safety engineer's day through the real plcfleet executable: review, staged deploy, export, and a tampered audit trail.</summary>
public sealed class ReviewRolloutAuditTests : IDisposable
{
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
          - id: gent-a1
            name: Gent assembly cell
            repository: sites/gent-a1
            vendor: codesys
            line_status: running
            wave: pilot
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "plcfleet-e2e-review", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Review_deploy_export_then_tampering_is_detected()
    {
        var lyon = await ChangeRequestAsync("lyon-l1", """{"safetyRelated":true,"verificationSummary":"compile passed, 3 scenarios passed","judgeVerdict":"approve"}""");
        var gent = await ChangeRequestAsync("gent-a1", """{"safetyRelated":false}""");

        Assert.Equal(0, Cli("user", "add", "marta", "--role", "safety_engineer").ExitCode);
        Assert.Equal(0, Cli("user", "add", "erik", "--role", "engineer").ExitCode);
        Assert.Contains("safety_engineer", Cli("user", "list").StdOut);

        var selfish = Cli("cr", "approve", $"CR-{lyon}", "--as", "erik", "--comment", "fine");
        Assert.Equal(1, selfish.ExitCode);
        Assert.Contains("a safety engineer must approve", selfish.StdErr);
        var approve = Cli("cr", "approve", $"CR-{lyon}", "--as", "marta", "--comment", "two channels <kept> & monitored");
        Assert.True(approve.ExitCode == 0, approve.ToString());
        Assert.Equal(0, Cli("cr", "approve", gent.ToString(), "--as", "erik", "--comment", "ok").ExitCode);

        Assert.Contains("has not started", Cli("rollout", "deploy", lyon.ToString(), "--as", "erik").StdErr);
        Assert.Equal(0, Cli("rollout", "next", "--migration", "guard-monitor", "--as", "erik").ExitCode);
        var deployed = Cli("rollout", "deploy", lyon.ToString(), "--as", "erik");
        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        var running = Cli("rollout", "deploy", gent.ToString(), "--as", "erik");
        Assert.Equal(1, running.ExitCode);
        Assert.Contains("line gent-a1 is running", running.StdErr);
        Assert.Contains("CR-1 deployed", Cli("rollout", "status", "--migration", "guard-monitor").StdOut);

        var export = Cli("audit", "export", "--migration", "guard-monitor", "--out", "reports");
        Assert.True(export.ExitCode == 0, export.ToString());
        var markdown = await File.ReadAllTextAsync(Path.Combine(_root, "reports", "compliance-guard-monitor.md"));
        var html = await File.ReadAllTextAsync(Path.Combine(_root, "reports", "compliance-guard-monitor.html"));
        Assert.Contains("| marta | a safety engineer | approved |", markdown);
        Assert.Contains("| deployed | erik | pilot |", markdown);
        Assert.Contains("compile passed, 3 scenarios passed", markdown);
        Assert.Contains("&lt;kept&gt; &amp; monitored", html);
        Assert.DoesNotContain("<kept>", html);

        Assert.Equal(0, Cli("audit", "verify").ExitCode);
        Tamper("UPDATE audit_log SET actor = 'erik' WHERE action = 'cr.approved' AND actor = 'marta';");
        var verify = Cli("audit", "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Matches(@"edited: record #\d+ \(cr\.approved cr-1\) does not match its hash", verify.StdOut);
    }

    [Fact]
    public void A_missing_store_is_a_usage_error_not_a_stack_trace()
    {
        Directory.CreateDirectory(_root);
        var result = Cli("audit", "verify", "--work", "nowhere");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no fleet store", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    private CliRunner.Result Cli(params string[] args) => CliRunner.Run(_root, args);

    private async Task<long> ChangeRequestAsync(string site, string evidence)
    {
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(Path.Combine(_root, "fleet.yaml"), FleetYaml);
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
        var created = await store.CreateChangeRequestAsync(new NewChangeRequest(run.Id, "guard-monitor", site, "plcfleet/guard-monitor-v1", commit, repository.Diff(repository.Head(), commit), evidence));
        SqliteConnection.ClearAllPools();
        return created.ChangeRequest.Id;
    }

    /// <summary>Someone with file access edits the database directly, dropping the append-only trigger first.</summary>
    private void Tamper(string sql)
    {
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_root, ".plcfleet", "plcfleet.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER audit_log_no_update; " + sql;
            Assert.Equal(1, command.ExecuteNonQuery());
        }
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
