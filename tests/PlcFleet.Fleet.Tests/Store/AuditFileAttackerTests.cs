using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Tests.Store;

/// <summary>
/// Someone who can write the SQLite file but not the key folder: they open the database directly, drop the
/// append-only triggers and cut, empty, roll back or extend the audit trail with correctly re-computed hashes.
/// The seals and the signed checkpoints outside the database expose every one of these.
/// </summary>
public sealed class AuditFileAttackerTests : StoreFixture
{
    [Fact]
    public async Task An_untouched_trail_verifies_and_every_committed_action_is_checkpointed_in_a_private_key_folder()
    {
        var (records, _) = await PlantHistoryAsync();

        var verification = await Reopen().Audit.VerifyAsync();

        Assert.True(verification.IsValid, verification.ToString());
        Assert.All(records, r => Assert.Equal(64, r.Seal.Length));
        var anchor = Store.Audit.AuditAnchor!;
        var (_, checkpoints) = anchor.ReadCheckpoints();
        Assert.Equal(records.Select(r => r.Sequence), checkpoints.Select(c => c.Sequence).Order());
        Assert.All(checkpoints, c => Assert.True(c.Signed));
        Assert.Equal(Folder.Combine("state", "keys"), anchor.Folder);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(anchor.Folder));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(anchor.KeyPath));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(anchor.CheckpointPath));
        }
    }

    [Fact]
    public async Task Deleting_the_last_records_is_detected()
    {
        var (records, _) = await PlantHistoryAsync();

        Tamper($"DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE sequence > {records[^1].Sequence - 2};");

        var problems = (await Reopen().Audit.VerifyAsync()).Problems;
        var cut = Assert.Single(problems);
        Assert.Equal(AuditProblemKind.Truncated, cut.Kind);
        Assert.Contains($"record #{records[^1].Sequence} was anchored at", cut.Message, StringComparison.Ordinal);
        Assert.Contains($"the trail ends at #{records[^1].Sequence - 2}", cut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_every_record_while_change_requests_and_deployments_remain_is_detected_even_without_the_checkpoints()
    {
        await PlantHistoryAsync();

        Tamper("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log;");
        var verification = await Reopen().Audit.VerifyAsync();
        Assert.Contains(verification.Problems, p => p.Kind == AuditProblemKind.Truncated && p.Message.Contains("the trail is empty", StringComparison.Ordinal));
        Assert.Contains(verification.Problems, p => p.Kind == AuditProblemKind.Unverifiable && p.Message.Contains("1 change requests, 1 deployments", StringComparison.Ordinal));

        // The attacker who also removes the key folder still leaves the store's own records behind.
        Directory.Delete(Store.Audit.AuditAnchor!.Folder, recursive: true);
        var withoutAnchor = await Reopen().Audit.VerifyAsync();
        Assert.False(withoutAnchor.IsValid);
        Assert.Contains("the audit trail is empty but the store holds 1 runs, 1 change requests, 1 deployments", withoutAnchor.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_an_older_copy_of_the_database_is_detected()
    {
        await PlantHistoryAsync();
        var backup = Folder.Combine("backup.db");
        CopyDatabase(DatabasePath, backup);
        var later = await Store.Audit.AppendAsync("marta", AuditActions.ChangeRequestRejected, "cr-1", new { comment = "channel 2 missing" });

        CopyDatabase(backup, DatabasePath);

        var problems = (await Reopen().Audit.VerifyAsync()).Problems;
        var rolledBack = Assert.Single(problems);
        Assert.Equal(AuditProblemKind.Truncated, rolledBack.Kind);
        Assert.Contains($"record #{later.Sequence} was anchored", rolledBack.Message, StringComparison.Ordinal);
        Assert.Contains("an older copy of the database was restored", rolledBack.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appending_a_forged_record_with_a_recomputed_hash_is_detected()
    {
        var (records, _) = await PlantHistoryAsync();
        var last = records[^1];
        var time = last.TimeUtc.AddMinutes(1);
        const string Details = """{"site":"gent-a1","approvedBy":["marta"]}""";
        var hash = AuditHasher.Hash(last.Sequence + 1, time, "marta", AuditActions.ChangeRequestApproved, "cr-2", Details, last.Hash);

        // Without the key the attacker can only leave the seal empty or copy one from another record.
        Tamper(
            "INSERT INTO audit_log (sequence, time_utc, actor, action, subject, details_json, previous_hash, hash, seal) "
            + $"VALUES ({last.Sequence + 1}, '{AuditHasher.FormatTime(time)}', 'marta', 'cr.approved', 'cr-2', '{Details}', '{last.Hash}', '{hash}', '{last.Seal}');");

        var problems = (await Reopen().Audit.VerifyAsync()).Problems;
        var forged = Assert.Single(problems);
        Assert.Equal(AuditProblemKind.Forged, forged.Kind);
        Assert.Contains($"record #{last.Sequence + 1} (cr.approved cr-2) carries a seal the audit key did not make", forged.Message, StringComparison.Ordinal);

        Tamper($"DROP TRIGGER audit_log_no_update; UPDATE audit_log SET seal = '' WHERE sequence = {last.Sequence + 1};");
        Assert.Contains("has no seal although the records before it do", (await Reopen().Audit.VerifyAsync()).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_key_is_reported_and_never_silently_replaced()
    {
        await PlantHistoryAsync();
        File.Delete(Store.Audit.AuditAnchor!.KeyPath);
        var reopened = Reopen();

        var verification = await reopened.Audit.VerifyAsync();
        Assert.Contains(verification.Problems, p => p.Kind == AuditProblemKind.Unverifiable && p.Message.Contains("is missing or unreadable", StringComparison.Ordinal));
        var append = await Assert.ThrowsAsync<IOException>(() => reopened.Audit.AppendAsync("erik", AuditActions.RunStarted, "run-2"));
        Assert.Contains("restore the key file", append.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(reopened.Audit.AuditAnchor!.KeyPath));
    }

    /// <summary>A run, a change request, its approval (in the review transaction) and its deployment (in the deploy transaction).</summary>
    private async Task<(IReadOnlyList<AuditRecord> Records, ChangeRequestRecord ChangeRequest)> PlantHistoryAsync()
    {
        var run = await StartGuardRun();
        await Store.Audit.AppendAsync("olga", AuditActions.RunStarted, run.Id, new { migration = "guard-monitor" });
        var changeRequest = (await Store.CreateChangeRequestAsync(GuardChange(run.Id))).ChangeRequest;
        await Store.Audit.AppendAsync("olga", AuditActions.ChangeRequestCreated, "cr-1", new { site = "lyon-l1" });
        await Store.SetChangeRequestStateAsync(changeRequest.Id, ChangeRequestState.Approved, new AuditEntry("marta", AuditActions.ChangeRequestApproved, "cr-1"));
        await Store.RecordDeploymentAsync(
            new NewDeployment(changeRequest.Id, "lyon-l1", "pilot", "erik", DeploymentOutcome.Deployed, "release"),
            ChangeRequestState.Deployed,
            new AuditEntry("erik", AuditActions.ChangeRequestDeployed, "cr-1", new { site = "lyon-l1" }));
        return (await Store.Audit.ReadAllAsync(), changeRequest);
    }

    private SqliteFleetStore Reopen()
    {
        SqliteConnection.ClearAllPools();
        return SqliteFleetStore.Open(DatabasePath, Clock);
    }

    /// <summary>What the attacker runs with the sqlite3 shell: plain SQL on the file, outside plcfleet.</summary>
    private void Tamper(string sql)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A file copy of the database as a backup tool takes it: the write-ahead log folded in first, no -wal left beside the copy.</summary>
    private static void CopyDatabase(string from, string to)
    {
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={from};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        File.Copy(from, to, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(to + suffix);
        }
    }
}
