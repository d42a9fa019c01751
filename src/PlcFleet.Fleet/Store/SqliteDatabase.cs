using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Store.Schema;

namespace PlcFleet.Fleet.Store;

/// <summary>
/// One SQLite file shared by several processes: WAL so readers never block the writer, a busy timeout so a
/// second writer waits instead of failing, and BEGIN IMMEDIATE for writes so a transaction takes the write
/// lock up front (a deferred one could fail half-way when it upgrades from read to write).
/// </summary>
public sealed class SqliteDatabase
{
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string _connectionString;

    private SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>Opens (creating if needed) the database file and brings its schema to the latest version.</summary>
    public static SqliteDatabase Open(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var database = new SqliteDatabase(path);
        database.Guarded(
            () =>
            {
                database.Migrate();
                return true;
            },
            "");
        return database;
    }

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            Execute(connection, null, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public T Read<T>(Func<SqliteConnection, T> read) =>
        Guarded(
            () =>
            {
                using var connection = OpenConnection();
                return read(connection);
            },
            "");

    /// <summary>Runs <paramref name="write"/> in a BEGIN IMMEDIATE transaction and commits it.</summary>
    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> write) =>
        Guarded(
            () =>
            {
                using var connection = OpenConnection();
                using var transaction = connection.BeginTransaction(deferred: false);
                var result = write(connection, transaction);
                transaction.Commit();
                return result;
            },
            "; nothing was written");

    /// <summary>Turns an SQLite error about the file (read-only, full, unopenable) into one naming the store file.</summary>
    private T Guarded<T>(Func<T> action, string consequence)
    {
        try
        {
            return action();
        }
        catch (SqliteException e) when (FileProblem(e) is { } problem)
        {
            throw new FleetStoreException($"{Path}: {problem}{consequence} ({e.Message.TrimEnd('.')})", e);
        }
    }

    /// <summary>What an SQLite error says about the file itself (as opposed to a bug in a statement), in an operator's words.</summary>
    private static string? FileProblem(SqliteException e) => e.SqliteErrorCode switch
    {
        3 or 8 => "the fleet store is read-only (file or folder not writable, or a read-only disk)",
        13 => "the disk holding the fleet store is full",
        10 => "the disk holding the fleet store reported an I/O error (is it full or failing?)",
        14 => "the fleet store cannot be opened (the path is not a writable file)",
        11 or 26 => "the file is not a fleet store database or is damaged",
        _ => null,
    };

    public int SchemaVersion() => Read(connection => CurrentVersion(connection, null));

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private void Migrate()
    {
        using (var connection = OpenConnection())
        {
            // WAL is a property of the file, set once; it cannot change inside a transaction.
            Execute(connection, null, "PRAGMA journal_mode = WAL;");
        }

        // Two processes may open a fresh file at once: the version is re-read under the write lock.
        Write((connection, transaction) =>
        {
            Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_utc TEXT NOT NULL);");
            var current = CurrentVersion(connection, transaction);
            if (current > SchemaScripts.Latest)
            {
                throw new FleetStoreException(
                    $"{Path} has schema version {current}, newer than this plcfleet understands ({SchemaScripts.Latest}); upgrade plcfleet");
            }

            foreach (var step in SchemaScripts.All.Where(s => s.Version > current))
            {
                Execute(connection, transaction, step.Sql);
                Execute(
                    connection,
                    transaction,
                    "INSERT INTO schema_version (version, description, applied_utc) VALUES ($version, $description, $applied);",
                    ("$version", step.Version),
                    ("$description", step.Description),
                    ("$applied", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
            }

            return current;
        });
    }

    private static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var exists = Command(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';");
        if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        using var command = Command(connection, transaction, "SELECT coalesce(max(version), 0) FROM schema_version;");
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
