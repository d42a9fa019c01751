using System.Globalization;
using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Store;

/// <summary>The fleet_definitions table of the fleet database.</summary>
public sealed class SqliteFleetDefinitionStore(SqliteDatabase database, AuditTrail trail, TimeProvider clock) : IFleetDefinitionStore
{
    private const string Columns = "id, content_hash, git_commit, file_path, content, proposed_by, proposed_utc, approved_by, approved_utc";

    public Task<(FleetDefinitionRecord Definition, bool Created)> ProposeAsync(NewFleetDefinition definition, Func<FleetDefinitionRecord, AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = SqliteAuditLog.WriteAudited(database, trail, (c, t, append) =>
        {
            var inserted = SqliteDatabase.Execute(
                c, t,
                $"INSERT INTO fleet_definitions (content_hash, git_commit, file_path, content, proposed_by, proposed_utc) VALUES ($hash, $commit, $path, $content, $by, $now) ON CONFLICT (content_hash, file_path) DO NOTHING;",
                ("$hash", definition.ContentHash), ("$commit", definition.GitCommit), ("$path", definition.FilePath), ("$content", definition.Content),
                ("$by", definition.ProposedBy), ("$now", Time(clock.GetUtcNow())));
            var row = Single(c, t, "content_hash = $hash AND file_path = $path", ("$hash", definition.ContentHash), ("$path", definition.FilePath))!;
            if (inserted == 1)
            {
                append(audit(row));
            }

            return (row, inserted == 1);
        });
        return Task.FromResult(result);
    }

    public Task<FleetDefinitionRecord?> ApproveAsync(long id, string approver, Func<FleetDefinitionRecord, AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = SqliteAuditLog.WriteAudited(database, trail, (c, t, append) =>
        {
            var updated = SqliteDatabase.Execute(
                c, t,
                "UPDATE fleet_definitions SET approved_by = $by, approved_utc = $now WHERE id = $id AND approved_by IS NULL;",
                ("$by", approver), ("$now", Time(clock.GetUtcNow())), ("$id", id));
            if (updated == 0)
            {
                return null;
            }

            var row = Single(c, t, "id = $id", ("$id", id))!;
            append(audit(row));
            return row;
        });
        return Task.FromResult(result);
    }

    public Task<FleetDefinitionRecord?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(database.Read(c => Single(c, null, "id = $id", ("$id", id))));

    public Task<IReadOnlyList<FleetDefinitionRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FleetDefinitionRecord>>(database.Read(c => Query(c, null, $"SELECT {Columns} FROM fleet_definitions ORDER BY id;")));

    public Task<FleetDefinitionRecord?> CurrentAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(database.Read(c => Query(c, null, $"SELECT {Columns} FROM fleet_definitions WHERE approved_by IS NOT NULL ORDER BY id DESC LIMIT 1;").FirstOrDefault()));

    private static FleetDefinitionRecord? Single(SqliteConnection c, SqliteTransaction? t, string where, params (string, object?)[] parameters) =>
        Query(c, t, $"SELECT {Columns} FROM fleet_definitions WHERE {where};", parameters).FirstOrDefault();

    private static List<FleetDefinitionRecord> Query(SqliteConnection c, SqliteTransaction? t, string sql, params (string, object?)[] parameters)
    {
        using var command = SqliteDatabase.Command(c, t, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<FleetDefinitionRecord>();
        while (reader.Read())
        {
            rows.Add(new FleetDefinitionRecord(
                reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), Parse(reader.GetString(6)), reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : Parse(reader.GetString(8))));
        }

        return rows;
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
