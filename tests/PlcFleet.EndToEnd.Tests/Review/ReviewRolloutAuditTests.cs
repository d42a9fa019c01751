using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.TestSupport.Cli;

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
            owner: erik
          - id: gent-a1
            name: Gent assembly cell
            repository: sites/gent-a1
            vendor: codesys
            line_status: running
            wave: pilot
            owner: erik
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "plcfleet-e2e-review", Guid.NewGuid().ToString("N"));
    private string? _admin;

    [Fact]
    public async Task Review_deploy_export_then_tampering_is_detected()
    {
        var lyon = await ChangeRequestAsync("lyon-l1", """{"safetyRelated":true,"verificationSummary":"compile passed, 3 scenarios passed","judgeVerdict":"approve"}""");
        var gent = await ChangeRequestAsync("gent-a1", """{"safetyRelated":false}""");

        var marta = AddUser("marta", "safety_engineer");
        var erik = AddUser("erik", "engineer");
        var erikFile = Path.Combine(_root, "erik.password");
        await File.WriteAllTextAsync(erikFile, erik + "\n");
        Assert.Contains("safety_engineer", Cli("user", "list").StdOut);

        var selfish = Cli("cr", "approve", $"CR-{lyon}", "--as", "erik", "--password-file", erikFile, "--comment", "fine");
        Assert.Equal(1, selfish.ExitCode);
        Assert.Contains("a safety engineer must approve", selfish.StdErr);
        var approve = CliAs(marta, "cr", "approve", $"CR-{lyon}", "--as", "marta", "--comment", "two channels <kept> & monitored");
        Assert.True(approve.ExitCode == 0, approve.ToString());
        Assert.Equal(0, Cli("cr", "approve", gent.ToString(), "--as", "erik", "--password-file", erikFile, "--comment", "ok").ExitCode);

        Assert.True(CliAs(erik, "fleet", "propose", "--as", "erik").ExitCode == 0);
        Assert.True(CliAs(marta, "fleet", "approve", "DEF-1", "--as", "marta").ExitCode == 0);
        Assert.Contains("has not started", CliAs(erik, "rollout", "deploy", lyon.ToString(), "--as", "erik").StdErr);
        Assert.Equal(0, CliAs(erik, "rollout", "next", "--migration", "guard-monitor", "--as", "erik").ExitCode);
        var deployed = CliAs(erik, "rollout", "deploy", lyon.ToString(), "--as", "erik");
        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        var running = CliAs(erik, "rollout", "deploy", gent.ToString(), "--as", "erik");
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
    public async Task A_name_without_the_right_password_is_refused_with_exit_2_and_the_attempt_is_audited()
    {
        var lyon = await ChangeRequestAsync("lyon-l1", """{"safetyRelated":true}""");
        var marta = AddUser("marta", "safety_engineer");
        const string guess = "Guess-Guard-Door-42";

        var wrong = CliAs(guess, "cr", "approve", $"CR-{lyon}", "--as", "marta", "--comment", "ok");
        var missing = Cli("cr", "approve", $"CR-{lyon}", "--as", "marta", "--comment", "ok");
        var nobody = CliAs(marta, "cr", "reject", $"CR-{lyon}", "--as", "mallory", "--comment", "no");
        var emptyFile = Path.Combine(_root, "empty.password");
        await File.WriteAllTextAsync(emptyFile, "");
        var empty = Cli("rollout", "deploy", lyon.ToString(), "--as", "marta", "--password-file", emptyFile);
        var noFile = Cli("cr", "approve", $"CR-{lyon}", "--as", "marta", "--password-file", Path.Combine(_root, "absent"));

        Assert.All([wrong, missing, nobody, empty, noFile], r => Assert.Equal(2, r.ExitCode));
        Assert.Contains("'marta' could not be signed in: unknown user or wrong password", wrong.StdErr);
        Assert.Contains("'mallory' could not be signed in: unknown user or wrong password", nobody.StdErr);
        Assert.Contains("no password for 'marta': pass --password-file FILE or set PLCFLEET_PASSWORD", missing.StdErr);
        Assert.Contains("cannot read the password file", noFile.StdErr);
        Assert.DoesNotContain(guess, wrong.StdOut + wrong.StdErr);
        Assert.DoesNotContain("   at ", wrong.StdErr + missing.StdErr + noFile.StdErr);

        var store = SqliteFleetStore.Open(Path.Combine(_root, ".plcfleet", "plcfleet.db"));
        Assert.Empty(await store.ListReviewsAsync(lyon));
        Assert.Equal(ChangeRequestState.Open, (await store.GetChangeRequestAsync(lyon))!.State);
        var failures = (await store.Audit.ReadAllAsync()).Where(r => r.Action == "user.sign_in_failed").ToList();
        // 'mallory' is no user: the trail holds the keyed hash of what was typed, as for the dashboard.
        Assert.Equal(["marta", PlcFleet.Fleet.Users.UnknownUserName.For(store.Audit, "mallory"), "marta"], failures.Select(r => r.Actor));
        Assert.DoesNotContain(failures, r => r.Actor.Contains("mallory", StringComparison.Ordinal) || r.Subject.Contains("mallory", StringComparison.Ordinal));
        Assert.Contains("\"reason\":\"wrong password\"", failures[0].DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"purpose\":\"cr approve CR-1\"", failures[0].DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"unknown user\"", failures[1].DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"empty password\"", failures[2].DetailsJson, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.Combine(_root, ".plcfleet")))
        {
            Assert.DoesNotContain(guess, System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)));
        }

        Assert.Equal(0, Cli("audit", "verify").ExitCode);
    }

    [Fact]
    public async Task On_a_terminal_the_password_is_asked_for_and_never_shown()
    {
        var lyon = await ChangeRequestAsync("lyon-l1", """{"safetyRelated":true}""");
        var marta = AddUser("marta", "safety_engineer");

        var wrong = TerminalRun.Run(_root, "Password for", "Not-Her-Password", "cr", "approve", $"CR-{lyon}", "--as", "marta", "--comment", "ok");
        var right = TerminalRun.Run(_root, "Password for", marta, "cr", "approve", $"CR-{lyon}", "--as", "marta", "--comment", "two channels kept");

        Assert.Equal(2, wrong.ExitCode);
        Assert.DoesNotContain("Not-Her-Password", wrong.StdOut);
        Assert.True(right.ExitCode == 0, right.ToString());
        Assert.Contains("Password for", right.StdOut);
        Assert.DoesNotContain(marta, right.StdOut);
        Assert.Contains($"CR-{lyon} approved by marta", right.StdOut);
    }

    [Fact]
    public void Once_the_fleet_has_an_admin_only_a_signed_in_admin_adds_users()
    {
        Directory.CreateDirectory(_root);
        var ada = _admin = AddUser("ada", "admin");
        var erik = AddUser("erik", "engineer", "--as", "ada", "--password-file", PasswordFile("ada", ada));

        var anonymous = Cli("user", "add", "bob", "--role", "safety_engineer");
        var engineer = CliAs(erik, "user", "add", "bob", "--role", "safety_engineer", "--as", "erik");
        var wrong = CliAs(erik, "user", "add", "bob", "--role", "safety_engineer", "--as", "ada");

        Assert.Equal(2, anonymous.ExitCode);
        Assert.Contains("this fleet has users; pass --as ADMIN", anonymous.StdErr);
        Assert.Equal(2, engineer.ExitCode);
        Assert.Contains("erik is an engineer; only admins add users", engineer.StdErr);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("'ada' could not be signed in", wrong.StdErr);
        Assert.DoesNotContain("bob", Cli("user", "list").StdOut);
        Assert.True(CliAs(ada, "user", "add", "bob", "--role", "safety_engineer", "--as", "ada").ExitCode == 0);
        Assert.Contains("bob", Cli("user", "list").StdOut);
    }

    [Fact]
    public async Task Mistyped_ids_are_errors_that_name_the_valid_ones_and_a_rollback_needs_a_reason()
    {
        var lyon = await ChangeRequestAsync("lyon-l1", """{"safetyRelated":false}""");
        var erik = AddUser("erik", "engineer");

        var typo = CliAs(erik, "rollout", "next", "--migration", "guard-monitr", "--as", "erik");
        var nope = Cli("rollout", "status", "--migration", "nope");
        var noReason = CliAs(erik, "rollout", "rollback", $"CR-{lyon}", "--as", "erik");
        var status = Cli("migration", "status");
        var noRun = Cli("migration", "status", "run-nope");

        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("no migration 'guard-monitr' has run in this fleet; known migrations: guard-monitor", typo.StdErr);
        Assert.Equal(2, nope.ExitCode);
        Assert.Contains("no migration 'nope' has run in this fleet; known migrations: guard-monitor", nope.StdErr);
        Assert.DoesNotContain("wave pilot", nope.StdOut);
        Assert.Equal(2, noReason.ExitCode);
        Assert.Contains("--reason", noReason.StdErr);
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Matches(@"1 run\(s\) in .*\n\s+run-lyon-l1\S*\s+guard-monitor v1", status.StdOut);
        Assert.Equal(2, noRun.ExitCode);
        Assert.Contains("no run 'run-nope'", noRun.StdErr);
        Assert.Contains("runs: run-lyon-l1", noRun.StdErr);
        var store = SqliteFleetStore.Open(Path.Combine(_root, ".plcfleet", "plcfleet.db"));
        Assert.Empty(await store.ListWaveStartsAsync("guard-monitr"));
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

    private CliResult Cli(params string[] args) => CliRunner.Run(_root, args);

    /// <summary>As a CI job would run it: the password in PLCFLEET_PASSWORD.</summary>
    private CliResult CliAs(string password, params string[] args) =>
        CliRunner.Run(_root, new Dictionary<string, string?> { ["PLCFLEET_PASSWORD"] = password }, args);

    /// <summary>
    /// Adds a user with a generated password and returns the password, which plcfleet prints once. Without
    /// <paramref name="more"/> the fleet's admin adds them (ada, bootstrapped as the store's first user when needed).
    /// </summary>
    private string AddUser(string name, string role, params string[] more)
    {
        if (more.Length == 0 && !(role == "admin" && _admin is null))
        {
            _admin ??= AddUser("ada", "admin");
            more = ["--as", "ada", "--password-file", PasswordFile("ada", _admin)];
        }

        var added = Cli(["user", "add", name, "--role", role, .. more]);
        Assert.True(added.ExitCode == 0, added.ToString());
        var line = added.StdOut.Split('\n').Single(l => l.StartsWith("password (shown once): ", StringComparison.Ordinal));
        return line["password (shown once): ".Length..].Trim();
    }

    private string PasswordFile(string user, string password)
    {
        var path = Path.Combine(_root, user + ".password");
        File.WriteAllText(path, password + "\n");
        return path;
    }

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
