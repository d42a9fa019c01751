using System.Globalization;
using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Store;

/// <summary>The sign_in_failures table of the fleet database.</summary>
public sealed class SqliteSignInFailureStore(SqliteDatabase database, AuditTrail trail) : ISignInFailureStore
{
    private const string Columns = "counter_key, since_utc, failures, locked_until_utc";

    public Task<IReadOnlyList<SignInFailureCount>> GetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<SignInFailureCount> counts = database.Read(c => keys.Select(key => Single(c, null, key)).OfType<SignInFailureCount>().ToList());
        return Task.FromResult(counts);
    }

    public Task<T> RecordFailureAsync<T>(
        IReadOnlyList<string> keys,
        DateTimeOffset staleBefore,
        Func<IReadOnlyList<SignInFailureCount?>, (IReadOnlyList<SignInFailureCount> Counts, AuditEntry Audit, T Result)> decide,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = SqliteAuditLog.WriteAudited(database, trail, (c, t, append) =>
        {
            // Bounds the table when someone sprays random names: finished, unlocked counters go.
            SqliteDatabase.Execute(
                c, t,
                "DELETE FROM sign_in_failures WHERE since_utc < $stale AND (locked_until_utc IS NULL OR locked_until_utc < $stale);",
                ("$stale", Time(staleBefore)));
            var (counts, audit, value) = decide(keys.Select(key => Single(c, t, key)).ToList());
            foreach (var count in counts)
            {
                SqliteDatabase.Execute(
                    c, t,
                    $"INSERT INTO sign_in_failures ({Columns}) VALUES ($key, $since, $failures, $locked) " +
                    "ON CONFLICT (counter_key) DO UPDATE SET since_utc = excluded.since_utc, failures = excluded.failures, locked_until_utc = excluded.locked_until_utc;",
                    ("$key", count.Key), ("$since", Time(count.Since)), ("$failures", count.Failures),
                    ("$locked", count.LockedUntil is { } until ? Time(until) : null));
            }

            append(audit);
            return value;
        });
        return Task.FromResult(result);
    }

    public Task ClearAsync(string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        database.Write((c, t) => SqliteDatabase.Execute(c, t, "DELETE FROM sign_in_failures WHERE counter_key = $key;", ("$key", key)));
        return Task.CompletedTask;
    }

    private static SignInFailureCount? Single(SqliteConnection c, SqliteTransaction? t, string key)
    {
        using var command = SqliteDatabase.Command(c, t, $"SELECT {Columns} FROM sign_in_failures WHERE counter_key = $key;", ("$key", key));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new SignInFailureCount(reader.GetString(0), Parse(reader.GetString(1)), reader.GetInt32(2), reader.IsDBNull(3) ? null : Parse(reader.GetString(3)))
            : null;
    }

    // Fixed-width UTC text, so SQLite's string comparison orders times correctly.
    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
