using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Schema;

namespace PlcFleet.Fleet.Tests.Store;

public sealed class SchemaTests : StoreFixture
{
    private string Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public void Empty_file_is_migrated_to_the_latest_schema()
    {
        Assert.True(File.Exists(DatabasePath));
        Assert.Equal(SchemaScripts.Latest, Store.SchemaVersion);
        Assert.Equal(SchemaScripts.All.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar("SELECT count(*) FROM schema_version"));
    }

    [Theory]
    [InlineData("runs")]
    [InlineData("site_runs")]
    [InlineData("change_requests")]
    [InlineData("users")]
    [InlineData("reviews")]
    [InlineData("deployments")]
    [InlineData("audit_log")]
    [InlineData("wave_starts")]
    public void Every_table_exists(string table) =>
        Assert.Equal("1", Scalar($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"));

    [Fact]
    public void Database_is_in_wal_mode() => Assert.Equal("wal", Scalar("PRAGMA journal_mode"));

    [Fact]
    public void Connections_wait_for_a_busy_writer()
    {
        var database = SqliteDatabase.Open(DatabasePath);
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";

        Assert.Equal(30_000L, command.ExecuteScalar());
    }

    [Fact]
    public async Task Reopening_keeps_data_and_applies_no_script_twice()
    {
        await StartGuardRun();

        var reopened = SqliteFleetStore.Open(DatabasePath, Clock);

        Assert.NotNull(await reopened.GetRunAsync("run-1"));
        Assert.Equal(SchemaScripts.All.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar("SELECT count(*) FROM schema_version"));
        Assert.Equal(SchemaScripts.Latest, reopened.SchemaVersion);
    }

    [Fact]
    public void Database_from_a_newer_plcfleet_is_refused_with_a_clear_message()
    {
        Scalar("INSERT INTO schema_version (version, description, applied_utc) VALUES (99, 'future', '2030-01-01')");

        var error = Assert.Throws<FleetStoreException>(() => SqliteFleetStore.Open(DatabasePath));

        Assert.Contains($"schema version 99, newer than this plcfleet understands ({SchemaScripts.Latest})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_are_in_strictly_increasing_version_order()
    {
        var versions = SchemaScripts.All.Select(s => s.Version).ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
    }

    [Fact]
    public void Two_processes_opening_a_fresh_file_at_once_migrate_once()
    {
        var path = Folder.Combine("fresh", "plcfleet.db");
        Parallel.For(0, 6, _ => SqliteFleetStore.Open(path));

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schema_version";
        Assert.Equal((long)SchemaScripts.All.Count, command.ExecuteScalar());
    }
}
