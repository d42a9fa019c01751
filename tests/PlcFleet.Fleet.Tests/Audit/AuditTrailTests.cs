using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Tests.Store;

namespace PlcFleet.Fleet.Tests.Audit;

public sealed class AuditTrailTests : StoreFixture
{
    private async Task AppendRunHistory()
    {
        await Store.Audit.AppendAsync("orchestrator", "run.started", "run-1", new { migration = "guard-monitor", version = 2 });
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Store.Audit.AppendAsync("orchestrator", "site.targeted", "run-1/lyon-l1", new { reasons = 7 });
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Store.Audit.AppendAsync("orchestrator", "site.skipped", "run-1/porto-l1", new { reason = "firmware is 3.4.9, needs >= 3.5" });
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Store.Audit.AppendAsync("agent:rewrite", "change.verified", "run-1/lyon-l1", new { verifiers = new[] { "compile", "safety", "equivalence" } });
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Store.Audit.AppendAsync("m.durand", "cr.approved", "cr-1", new { commit = "3f9c2a1e" });
    }

    // Tampering needs the append-only triggers out of the way first, as an attacker with the file could do.
    private void Tamper(params string[] statements)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        foreach (var sql in new[] { "DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete" }.Concat(statements))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The hash chain on its own, without the seals and checkpoints of the store's anchor: what the chain alone shows.</summary>
    private Task<AuditVerification> ChainOnlyAsync() => new AuditTrail(new SqliteAuditLog(SqliteDatabase.Open(DatabasePath))).VerifyAsync();

    [Fact]
    public async Task Empty_trail_is_valid()
    {
        var verification = await Store.Audit.VerifyAsync();

        Assert.True(verification.IsValid);
        Assert.Equal(0, verification.RecordCount);
        Assert.Equal(AuditHasher.Genesis, verification.HeadHash);
    }

    [Fact]
    public async Task Records_chain_from_genesis()
    {
        await AppendRunHistory();
        var records = await Store.Audit.ReadAllAsync();

        Assert.Equal(AuditHasher.Genesis, records[0].PreviousHash);
        for (var i = 1; i < records.Count; i++)
        {
            Assert.Equal(records[i - 1].Hash, records[i].PreviousHash);
        }

        Assert.All(records, r => Assert.Equal(AuditHasher.Hash(r), r.Hash));
        Assert.Equal(["run.started", "site.targeted", "site.skipped", "change.verified", "cr.approved"], records.Select(r => r.Action));
    }

    [Fact]
    public async Task Record_keeps_time_and_details_exactly()
    {
        var appended = await Store.Audit.AppendAsync("m.durand", "cr.approved", "cr-1", new { commit = "3f9c2a1e", comment = "dual channel kept" });

        var stored = Assert.Single(await Store.Audit.ReadAllAsync());

        Assert.Equal(appended, stored);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero), stored.TimeUtc);
        Assert.Equal("""{"commit":"3f9c2a1e","comment":"dual channel kept"}""", stored.DetailsJson);
    }

    [Fact]
    public async Task Hash_is_sha256_of_the_documented_canonical_form()
    {
        var record = await Store.Audit.AppendAsync("orchestrator", "run.started", "run-1");
        var canonical = $$"""{"sequence":1,"time_utc":"2026-11-23T06:00:00.0000000Z","actor":"orchestrator","action":"run.started","subject":"run-1","details":"{}","previous_hash":"{{AuditHasher.Genesis}}"}""";

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), record.Hash);
    }

    [Fact]
    public async Task Json_details_are_kept_as_given_and_invalid_json_is_refused()
    {
        using var document = JsonDocument.Parse("""{"site":"lyon-l1","attempts":2}""");
        var record = await Store.Audit.AppendAsync("orchestrator", "site.done", "run-1/lyon-l1", document.RootElement);

        Assert.Equal("""{"site":"lyon-l1","attempts":2}""", record.DetailsJson);
        await Assert.ThrowsAnyAsync<JsonException>(() => Store.Audit.AppendJsonAsync("x", "y", "z", "{not json"));
        Assert.Single(await Store.Audit.ReadAllAsync());
    }

    [Fact]
    public async Task Untouched_history_verifies()
    {
        await AppendRunHistory();

        var verification = await Store.Audit.VerifyAsync();

        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(5, verification.RecordCount);
        Assert.Equal((await Store.Audit.ReadAllAsync())[^1].Hash, verification.HeadHash);
        Assert.StartsWith("audit trail OK: 5 records", verification.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triggers_refuse_update_and_delete()
    {
        await AppendRunHistory();
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();

        command.CommandText = "UPDATE audit_log SET actor = 'someone' WHERE sequence = 2";
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => command.ExecuteNonQuery()).Message, StringComparison.Ordinal);
        command.CommandText = "DELETE FROM audit_log WHERE sequence = 2";
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => command.ExecuteNonQuery()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edited_details_are_detected_at_their_sequence()
    {
        await AppendRunHistory();
        Tamper("""UPDATE audit_log SET details_json = '{"reason":"operator override"}' WHERE sequence = 3""");

        var verification = await Store.Audit.VerifyAsync();

        var problem = Assert.Single(verification.Problems);
        Assert.Equal((3L, AuditProblemKind.Edited), (problem.Sequence, problem.Kind));
        Assert.Contains("record #3 (site.skipped run-1/porto-l1) does not match its hash", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("audit trail BROKEN: #3:", verification.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actor = 'intruder'")]
    [InlineData("action = 'cr.rejected'")]
    [InlineData("time_utc = '2026-11-24T06:00:00.0000000Z'")]
    [InlineData("time_utc = 'yesterday'")]
    public async Task Any_edited_field_is_detected(string assignment)
    {
        await AppendRunHistory();
        Tamper($"UPDATE audit_log SET {assignment} WHERE sequence = 5");

        var problem = Assert.Single((await Store.Audit.VerifyAsync()).Problems);

        Assert.Equal((5L, AuditProblemKind.Edited), (problem.Sequence, problem.Kind));
    }

    [Fact]
    public async Task Edit_with_recomputed_hash_breaks_the_next_link()
    {
        await AppendRunHistory();
        var records = await Store.Audit.ReadAllAsync();
        var forged = records[1] with { DetailsJson = """{"reasons":0}""" };
        var forgedHash = AuditHasher.Hash(forged);
        Tamper($"UPDATE audit_log SET details_json = '{forged.DetailsJson}', hash = '{forgedHash}' WHERE sequence = 2");

        var problem = Assert.Single((await ChainOnlyAsync()).Problems);

        Assert.Equal((3L, AuditProblemKind.ChainBroken), (problem.Sequence, problem.Kind));
    }

    [Fact]
    public async Task Removed_record_is_detected()
    {
        await AppendRunHistory();
        Tamper("DELETE FROM audit_log WHERE sequence = 3");

        var problem = Assert.Single((await ChainOnlyAsync()).Problems);

        Assert.Equal((3L, AuditProblemKind.Missing), (problem.Sequence, problem.Kind));
        Assert.Equal("record #3 is missing (removed from the log)", problem.Message);
    }

    [Fact]
    public async Task Removed_first_records_are_detected()
    {
        await AppendRunHistory();
        Tamper("DELETE FROM audit_log WHERE sequence IN (1, 2)");

        var problem = Assert.Single((await ChainOnlyAsync()).Problems);

        Assert.Equal("records #1 to #2 are missing (removed from the log)", problem.Message);
    }

    [Fact]
    public async Task Removed_last_record_shows_in_head_hash_and_count()
    {
        await AppendRunHistory();
        var before = await Store.Audit.VerifyAsync();
        Tamper("DELETE FROM audit_log WHERE sequence = 5");

        var after = await ChainOnlyAsync();

        // The chain alone cannot see a cut-off end; the signed checkpoints kept outside the database can.
        Assert.True(after.IsValid);
        Assert.NotEqual(before.HeadHash, after.HeadHash);
        Assert.Equal(4, after.RecordCount);
        var anchored = Assert.Single((await Store.Audit.VerifyAsync()).Problems);
        Assert.Equal((5L, AuditProblemKind.Truncated), (anchored.Sequence, anchored.Kind));
    }

    [Fact]
    public async Task Swapped_records_are_detected()
    {
        await AppendRunHistory();
        Tamper(
            "UPDATE audit_log SET sequence = -2 WHERE sequence = 2",
            "UPDATE audit_log SET sequence = 2 WHERE sequence = 4",
            "UPDATE audit_log SET sequence = 4 WHERE sequence = -2");

        var problems = (await ChainOnlyAsync()).Problems;

        // The moved records fail their own hash; their new neighbours no longer chain to them.
        Assert.Equal(
            [(2L, AuditProblemKind.Edited), (3L, AuditProblemKind.ChainBroken), (4L, AuditProblemKind.Edited), (5L, AuditProblemKind.ChainBroken)],
            problems.Select(p => (p.Sequence, p.Kind)));
    }

    [Fact]
    public async Task Forged_record_appended_directly_is_detected()
    {
        await AppendRunHistory();
        var time = "2026-11-23T07:00:00.0000000Z";
        var wrongPrevious = new string('f', 64);
        var hash = AuditHasher.Hash(6, AuditHasher.ParseTime(time), "m.durand", "cr.deployed", "cr-1", "{}", wrongPrevious);
        Tamper($"INSERT INTO audit_log (sequence, time_utc, actor, action, subject, details_json, previous_hash, hash) VALUES (6, '{time}', 'm.durand', 'cr.deployed', 'cr-1', '{{}}', '{wrongPrevious}', '{hash}')");

        var problem = Assert.Single((await ChainOnlyAsync()).Problems);

        Assert.Equal((6L, AuditProblemKind.ChainBroken), (problem.Sequence, problem.Kind));
        Assert.Contains("does not chain to record #5", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_inserted_in_the_middle_is_detected()
    {
        await AppendRunHistory();
        var records = await Store.Audit.ReadAllAsync();
        var time = "2026-11-23T06:00:01.5000000Z";
        var hash = AuditHasher.Hash(3, AuditHasher.ParseTime(time), "intruder", "site.targeted", "run-1/porto-l1", "{}", records[1].Hash);
        Tamper(
            "UPDATE audit_log SET sequence = sequence + 100 WHERE sequence >= 3",
            "UPDATE audit_log SET sequence = sequence - 99 WHERE sequence >= 103",
            $"INSERT INTO audit_log (sequence, time_utc, actor, action, subject, details_json, previous_hash, hash) VALUES (3, '{time}', 'intruder', 'site.targeted', 'run-1/porto-l1', '{{}}', '{records[1].Hash}', '{hash}')");

        var verification = await ChainOnlyAsync();

        Assert.False(verification.IsValid);
        Assert.Equal(4L, verification.FirstProblem!.Sequence);
        Assert.Equal(3, verification.Problems.Count);
    }
}
