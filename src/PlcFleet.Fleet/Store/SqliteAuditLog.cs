using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Audit;

namespace PlcFleet.Fleet.Store;

/// <summary>The audit log in the fleet database. Read-last and insert share one BEGIN IMMEDIATE transaction.</summary>
public sealed class SqliteAuditLog(SqliteDatabase database) : IAuditLog
{
    private const string Columns = "sequence, time_utc, actor, action, subject, details_json, previous_hash, hash, seal";

    public Task<AuditRecord> AppendAsync(Func<AuditRecord?, AuditRecord> next, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var record = database.Write((connection, transaction) => Append(connection, transaction, next));
        return Task.FromResult(record);
    }

    /// <summary>Appends inside the caller's BEGIN IMMEDIATE transaction, so the record commits (or not) with the caller's other writes.</summary>
    internal static AuditRecord Append(SqliteConnection connection, SqliteTransaction transaction, Func<AuditRecord?, AuditRecord> next)
    {
        AuditRecord? last;
        using (var command = SqliteDatabase.Command(connection, transaction, $"SELECT {Columns} FROM audit_log ORDER BY sequence DESC LIMIT 1;"))
        using (var reader = command.ExecuteReader())
        {
            last = reader.Read() ? Map(reader) : null;
        }

        var record = next(last);
        SqliteDatabase.Execute(
            connection,
            transaction,
            $"INSERT INTO audit_log ({Columns}) VALUES ($sequence, $time, $actor, $action, $subject, $details, $previous, $hash, $seal);",
            ("$sequence", record.Sequence),
            ("$time", AuditHasher.FormatTime(record.TimeUtc)),
            ("$actor", record.Actor),
            ("$action", record.Action),
            ("$subject", record.Subject),
            ("$details", record.DetailsJson),
            ("$previous", record.PreviousHash),
            ("$hash", record.Hash),
            ("$seal", record.Seal));
        return record;
    }

    /// <summary>
    /// Runs a store write that appends audit records inside its transaction (through the action it is given), then
    /// writes the signed checkpoint of the last one once the transaction committed.
    /// </summary>
    internal static T WriteAudited<T>(SqliteDatabase database, AuditTrail trail, Func<SqliteConnection, SqliteTransaction, Action<AuditEntry>, T> write)
    {
        AuditRecord? appended = null;
        var result = database.Write((connection, transaction) => write(
            connection,
            transaction,
            entry => appended = Append(connection, transaction, trail.Link(entry.Actor, entry.Action, entry.Subject, entry.Details))));
        trail.Anchor(appended);
        return result;
    }

    public Task<IReadOnlyList<AuditRecord>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<AuditRecord> records = database.Read(connection =>
        {
            using var command = SqliteDatabase.Command(connection, null, $"SELECT {Columns} FROM audit_log ORDER BY sequence;");
            using var reader = command.ExecuteReader();
            var list = new List<AuditRecord>();
            while (reader.Read())
            {
                list.Add(Map(reader));
            }

            return list;
        });
        return Task.FromResult(records);
    }

    private static AuditRecord Map(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        AuditHasher.ParseTime(reader.GetString(1)),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetString(7),
        reader.GetString(8));

    /// <summary>Whether any record carries a seal: then the audit key must exist, and a missing one is never replaced.</summary>
    public bool HasSealedRecords() =>
        database.Read(connection =>
        {
            using var command = SqliteDatabase.Command(connection, null, "SELECT EXISTS (SELECT 1 FROM audit_log WHERE seal <> '');");
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
        });

    public Task<string?> UnauditedStateAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var counts = database.Read(connection =>
        {
            using var command = SqliteDatabase.Command(
                connection,
                null,
                "SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM change_requests), (SELECT count(*) FROM deployments), (SELECT count(*) FROM users);");
            using var reader = command.ExecuteReader();
            reader.Read();
            return (Runs: reader.GetInt64(0), ChangeRequests: reader.GetInt64(1), Deployments: reader.GetInt64(2), Users: reader.GetInt64(3));
        });
        string? held = counts.Runs + counts.ChangeRequests + counts.Deployments + counts.Users == 0
            ? null
            : $"the store holds {counts.Runs} runs, {counts.ChangeRequests} change requests, {counts.Deployments} deployments and {counts.Users} users";
        return Task.FromResult(held);
    }
}
