using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Store.Schema;
using PlcFleet.Fleet.Tests.Audit;

namespace PlcFleet.Fleet.Tests.Store;

public sealed class WaveStartStoreTests : StoreFixture
{
    private static NewWaveStart Pilot(string by = "erik") =>
        new("guard-monitor", "pilot", 1, ["lyon-l1", "lyon-l2"], by, "first wave");

    private void Execute(string path, params string[] statements)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    [Fact]
    public async Task A_wave_start_is_a_record_with_its_audit_record()
    {
        var started = await Store.TryStartWaveAsync(Pilot());

        Assert.Equal(("guard-monitor", "pilot", "erik", "first wave", Clock.GetUtcNow()), (started!.MigrationId, started.Wave, started.StartedBy, started.Gate, started.StartedUtc));
        Assert.Equal([started], await Store.ListWaveStartsAsync("guard-monitor"));
        Assert.Empty(await Store.ListWaveStartsAsync("alarm-priority"));
        var audit = Assert.Single(await Store.Audit.ReadAllAsync());
        Assert.Equal((AuditActions.WaveStarted, "guard-monitor/pilot", "erik"), (audit.Action, audit.Subject, audit.Actor));
        Assert.Contains("\"sites\":[\"lyon-l1\",\"lyon-l2\"]", audit.DetailsJson, StringComparison.Ordinal);
        Assert.True((await Store.Audit.VerifyAsync()).IsValid);
    }

    [Fact]
    public async Task A_wave_starts_once_even_when_two_engineers_release_it_at_once()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => Store.TryStartWaveAsync(Pilot($"engineer-{i}")))));

        Assert.Single(results, r => r is not null);
        Assert.Single(await Store.ListWaveStartsAsync("guard-monitor"));
        Assert.Single(await Store.Audit.ReadAllAsync());
    }

    [Fact]
    public async Task When_the_audit_record_cannot_be_written_the_wave_does_not_start()
    {
        Execute(DatabasePath, "CREATE TRIGGER audit_log_full BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END;");

        await Assert.ThrowsAsync<SqliteException>(() => Store.TryStartWaveAsync(Pilot()));

        Assert.Empty(await Store.ListWaveStartsAsync("guard-monitor"));
    }

    [Fact]
    public async Task The_run_starter_is_a_column_of_the_run()
    {
        var run = await Store.StartRunAsync(new NewRun("guard-monitor", 2, new string('a', 64), "{}", "run-1", StartedBy: "olga"));

        Assert.Equal("olga", run.StartedBy);
        Assert.Equal("olga", (await Store.GetRunAsync("run-1"))!.StartedBy);
        Assert.Null((await StartGuardRun("run-2")).StartedBy);
    }

    [Fact]
    public async Task A_version_1_store_keeps_its_run_starters_and_wave_starts_from_the_audit_trail()
    {
        var path = Folder.Combine("old", "plcfleet.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var trail = new AuditTrail(new InMemoryAuditLog(), Clock);
        var runStarted = trail.Link("olga", AuditActions.RunStarted, "run-7", new { migration = "guard-monitor" })(null);
        var waveStarted = trail.Link("erik", AuditActions.WaveStarted, "guard-monitor/pilot", new { migration = "guard-monitor", wave = "pilot", order = 1, gate = (string?)null })(runStarted);
        Execute(
            path,
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_utc TEXT NOT NULL);",
            SchemaScripts.All[0].Sql,
            "INSERT INTO schema_version VALUES (1, 'v1', '2026-01-01');",
            "INSERT INTO runs (id, migration_id, migration_version, content_hash, started_utc, options_json) VALUES ('run-7', 'guard-monitor', 2, 'cafe', '2026-11-01T06:00:00.0000000Z', '{}');",
            Insert(runStarted),
            Insert(waveStarted));

        var upgraded = SqliteFleetStore.Open(path, Clock);

        Assert.Equal(SchemaScripts.Latest, upgraded.SchemaVersion);
        Assert.Equal("olga", (await upgraded.GetRunAsync("run-7"))!.StartedBy);
        var start = Assert.Single(await upgraded.ListWaveStartsAsync("guard-monitor"));
        Assert.Equal(("pilot", "erik", "", waveStarted.TimeUtc), (start.Wave, start.StartedBy, start.Gate, start.StartedUtc));
        Assert.True((await upgraded.Audit.VerifyAsync()).IsValid);
    }

    private static string Insert(AuditRecord r) =>
        $"INSERT INTO audit_log VALUES ({r.Sequence}, '{AuditHasher.FormatTime(r.TimeUtc)}', '{r.Actor}', '{r.Action}', '{r.Subject}', '{r.DetailsJson}', '{r.PreviousHash}', '{r.Hash}');";

}
