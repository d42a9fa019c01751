using System.Globalization;
using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Yaml;

namespace PlcFleet.Fleet.Store;

/// <summary>
/// The fleet store in one SQLite file (see <see cref="SqliteDatabase"/> for the concurrency rules). SQLite calls
/// are synchronous underneath; the Task signatures are for stores that are not.
/// </summary>
public sealed class SqliteFleetStore : IFleetStore
{
    private const string RunColumns = "id, migration_id, migration_version, content_hash, started_utc, finished_utc, options_json, started_by";
    private const string WaveStartColumns = "id, migration_id, wave, started_by, gate, started_utc";
    private const string SiteRunColumns = "run_id, site_id, state, reason, attempts, created_utc, updated_utc";
    private const string ChangeRequestColumns = "id, run_id, migration_id, site_id, branch, commit_sha, diff, evidence_json, state, created_utc, updated_utc";
    private const string UserColumns = "name, role, password_hash, created_utc";
    private const string ReviewColumns = "id, change_request_id, user_name, verdict, comment, commit_sha, created_utc";
    private const string ReleaseIntentColumns = "id, change_request_id, site_id, wave, kind, release_branch, release_before, commit_sha, requested_by, notes, created_utc";
    private const string DeploymentColumns = "id, change_request_id, site_id, wave, deployed_by, outcome, notes, created_utc";

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _clock;

    private SqliteFleetStore(SqliteDatabase database, TimeProvider clock, string keyFolder)
    {
        _database = database;
        _clock = clock;
        var log = new SqliteAuditLog(database);
        Audit = new AuditTrail(log, clock, new AuditAnchor(keyFolder, log.HasSealedRecords));
        FleetDefinitions = new SqliteFleetDefinitionStore(database, Audit, clock);
        SignInFailures = new SqliteSignInFailureStore(database, Audit);
    }

    public AuditTrail Audit { get; }

    public IFleetDefinitionStore FleetDefinitions { get; }

    public ISignInFailureStore SignInFailures { get; }

    public string Path => _database.Path;

    public int SchemaVersion => _database.SchemaVersion();

    /// <summary>
    /// Opens or creates the store at <paramref name="path"/>, applying pending schema migrations. The audit key and
    /// checkpoints live in <paramref name="keyFolder"/>, by default <see cref="AuditAnchor.DefaultFolder"/> of the store's folder.
    /// </summary>
    public static SqliteFleetStore Open(string path, TimeProvider? clock = null, string? keyFolder = null)
    {
        var database = SqliteDatabase.Open(path);
        return new(database, clock ?? TimeProvider.System, keyFolder ?? AuditAnchor.DefaultFolder(System.IO.Path.GetDirectoryName(database.Path)!));
    }

    public Task<RunRecord> StartRunAsync(NewRun run, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        var id = run.Id ?? $"{run.MigrationId}-{now:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
        return Write(
            (c, t) =>
            {
                SqliteDatabase.Execute(
                    c, t,
                    $"INSERT INTO runs ({RunColumns}) VALUES ($id, $migration, $version, $hash, $started, NULL, $options, $by);",
                    ("$id", id), ("$migration", run.MigrationId), ("$version", run.MigrationVersion), ("$hash", run.ContentHash),
                    ("$started", Time(now)), ("$options", run.OptionsJson), ("$by", run.StartedBy));
                return new RunRecord(id, run.MigrationId, run.MigrationVersion, run.ContentHash, now, null, run.OptionsJson, run.StartedBy);
            },
            cancellationToken);
    }

    public Task<RunRecord?> FinishRunAsync(string runId, CancellationToken cancellationToken = default) =>
        Write(
            (c, t) =>
            {
                SqliteDatabase.Execute(c, t, "UPDATE runs SET finished_utc = $now WHERE id = $id;", ("$now", Time(_clock.GetUtcNow())), ("$id", runId));
                return QuerySingle(c, t, $"SELECT {RunColumns} FROM runs WHERE id = $id;", MapRun, ("$id", runId));
            },
            cancellationToken);

    public Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken = default) =>
        Read(c => QuerySingle(c, null, $"SELECT {RunColumns} FROM runs WHERE id = $id;", MapRun, ("$id", runId)), cancellationToken);

    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? migrationId = null, CancellationToken cancellationToken = default) =>
        Read(
            c => Query(
                c, null,
                $"SELECT {RunColumns} FROM runs WHERE $migration IS NULL OR migration_id = $migration ORDER BY started_utc DESC, id DESC;",
                MapRun,
                ("$migration", migrationId)),
            cancellationToken);

    public Task<SiteRunRecord> SetSiteStateAsync(string runId, string siteId, SiteRunState state, string reason = "", bool countAttempt = false, CancellationToken cancellationToken = default) =>
        Write(
            (c, t) =>
            {
                var now = Time(_clock.GetUtcNow());
                SqliteDatabase.Execute(
                    c, t,
                    $"""
                    INSERT INTO site_runs ({SiteRunColumns}) VALUES ($run, $site, $state, $reason, $attempt, $now, $now)
                    ON CONFLICT (run_id, site_id) DO UPDATE SET
                        state = excluded.state, reason = excluded.reason, attempts = attempts + $attempt, updated_utc = excluded.updated_utc;
                    """,
                    ("$run", runId), ("$site", siteId), ("$state", Name(state)), ("$reason", reason), ("$attempt", countAttempt ? 1 : 0), ("$now", now));
                return QuerySingle(c, t, $"SELECT {SiteRunColumns} FROM site_runs WHERE run_id = $run AND site_id = $site;", MapSiteRun, ("$run", runId), ("$site", siteId))!;
            },
            cancellationToken);

    public Task<SiteRunRecord?> GetSiteRunAsync(string runId, string siteId, CancellationToken cancellationToken = default) =>
        Read(c => QuerySingle(c, null, $"SELECT {SiteRunColumns} FROM site_runs WHERE run_id = $run AND site_id = $site;", MapSiteRun, ("$run", runId), ("$site", siteId)), cancellationToken);

    public Task<IReadOnlyList<SiteRunRecord>> ListSiteRunsAsync(string runId, CancellationToken cancellationToken = default) =>
        Read(c => Query(c, null, $"SELECT {SiteRunColumns} FROM site_runs WHERE run_id = $run ORDER BY id;", MapSiteRun, ("$run", runId)), cancellationToken);

    public Task<ChangeRequestCreation> CreateChangeRequestAsync(NewChangeRequest changeRequest, CancellationToken cancellationToken = default) =>
        Write(
            (c, t) =>
            {
                var now = Time(_clock.GetUtcNow());
                var inserted = SqliteDatabase.Execute(
                    c, t,
                    """
                    INSERT INTO change_requests (run_id, migration_id, site_id, branch, commit_sha, diff, evidence_json, state, created_utc, updated_utc)
                    VALUES ($run, $migration, $site, $branch, $commit, $diff, $evidence, 'open', $now, $now)
                    ON CONFLICT (migration_id, site_id, commit_sha) DO NOTHING;
                    """,
                    ("$run", changeRequest.RunId), ("$migration", changeRequest.MigrationId), ("$site", changeRequest.SiteId),
                    ("$branch", changeRequest.Branch), ("$commit", changeRequest.CommitSha), ("$diff", changeRequest.Diff),
                    ("$evidence", changeRequest.EvidenceJson), ("$now", now));
                var record = QuerySingle(
                    c, t,
                    $"SELECT {ChangeRequestColumns} FROM change_requests WHERE migration_id = $migration AND site_id = $site AND commit_sha = $commit;",
                    MapChangeRequest,
                    ("$migration", changeRequest.MigrationId), ("$site", changeRequest.SiteId), ("$commit", changeRequest.CommitSha))!;
                return new ChangeRequestCreation(record, inserted == 1);
            },
            cancellationToken);

    public Task<ChangeRequestRecord?> GetChangeRequestAsync(long id, CancellationToken cancellationToken = default) =>
        Read(c => QuerySingle(c, null, $"SELECT {ChangeRequestColumns} FROM change_requests WHERE id = $id;", MapChangeRequest, ("$id", id)), cancellationToken);

    public Task<IReadOnlyList<ChangeRequestRecord>> ListChangeRequestsAsync(ChangeRequestState? state = null, string? runId = null, CancellationToken cancellationToken = default) =>
        Read(
            c => Query(
                c, null,
                $"SELECT {ChangeRequestColumns} FROM change_requests WHERE ($state IS NULL OR state = $state) AND ($run IS NULL OR run_id = $run) ORDER BY id;",
                MapChangeRequest,
                ("$state", state is null ? null : Name(state.Value)), ("$run", runId)),
            cancellationToken);

    public Task<ChangeRequestRecord?> SetChangeRequestStateAsync(long id, ChangeRequestState state, CancellationToken cancellationToken = default) =>
        Write(
            (c, t) =>
            {
                UpdateState(c, t, id, state);
                return QuerySingle(c, t, $"SELECT {ChangeRequestColumns} FROM change_requests WHERE id = $id;", MapChangeRequest, ("$id", id));
            },
            cancellationToken);

    public Task<ChangeRequestRecord?> SetChangeRequestStateAsync(long id, ChangeRequestState state, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        return WriteAudited(
            (c, t, append) =>
            {
                if (UpdateState(c, t, id, state) == 0)
                {
                    return null;
                }

                append(audit);
                return QuerySingle(c, t, $"SELECT {ChangeRequestColumns} FROM change_requests WHERE id = $id;", MapChangeRequest, ("$id", id));
            },
            cancellationToken);
    }

    private int UpdateState(SqliteConnection c, SqliteTransaction t, long id, ChangeRequestState state) =>
        SqliteDatabase.Execute(c, t, "UPDATE change_requests SET state = $state, updated_utc = $now WHERE id = $id;", ("$state", Name(state)), ("$now", Time(_clock.GetUtcNow())), ("$id", id));

    public Task<UserRecord?> TryAddUserAsync(string name, UserRole role, string passwordHash, CancellationToken cancellationToken = default) =>
        Write(
            (c, t) =>
            {
                var now = _clock.GetUtcNow();
                var inserted = SqliteDatabase.Execute(
                    c, t,
                    $"INSERT INTO users ({UserColumns}) VALUES ($name, $role, $hash, $now) ON CONFLICT (name) DO NOTHING;",
                    ("$name", name), ("$role", Name(role)), ("$hash", passwordHash), ("$now", Time(now)));
                return inserted == 1 ? new UserRecord(name, role, passwordHash, Parse(Time(now))) : null;
            },
            cancellationToken);

    public Task<UserRecord?> FindUserAsync(string name, CancellationToken cancellationToken = default) =>
        Read(c => QuerySingle(c, null, $"SELECT {UserColumns} FROM users WHERE name = $name;", MapUser, ("$name", name)), cancellationToken);

    public Task<IReadOnlyList<UserRecord>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        Read(c => Query(c, null, $"SELECT {UserColumns} FROM users ORDER BY name;", MapUser), cancellationToken);

    public Task<ReviewRecord> AddReviewAsync(NewReview review, CancellationToken cancellationToken = default) =>
        Write((c, t) => InsertReview(c, t, review), cancellationToken);

    private ReviewRecord InsertReview(SqliteConnection c, SqliteTransaction t, NewReview review)
    {
        RequireChangeRequest(c, t, review.ChangeRequestId);
        RequireUser(c, t, review.UserName);
        var now = Time(_clock.GetUtcNow());
        SqliteDatabase.Execute(
            c, t,
            "INSERT INTO reviews (change_request_id, user_name, verdict, comment, commit_sha, created_utc) VALUES ($cr, $user, $verdict, $comment, $commit, $now);",
            ("$cr", review.ChangeRequestId), ("$user", review.UserName), ("$verdict", Name(review.Verdict)), ("$comment", review.Comment),
            ("$commit", review.CommitSha), ("$now", now));
        return QuerySingle(c, t, $"SELECT {ReviewColumns} FROM reviews WHERE id = last_insert_rowid();", MapReview)!;
    }

    public Task<RecordedReview> RecordReviewAsync(NewReview review, Func<ChangeRequestRecord, IReadOnlyList<ReviewRecord>, ReviewDecision> decide, CancellationToken cancellationToken = default) =>
        WriteAudited(
            (c, t, append) =>
            {
                var written = InsertReview(c, t, review);
                var current = QuerySingle(c, t, $"SELECT {ChangeRequestColumns} FROM change_requests WHERE id = $id;", MapChangeRequest, ("$id", review.ChangeRequestId))!;
                var all = Query(c, t, $"SELECT {ReviewColumns} FROM reviews WHERE change_request_id = $cr ORDER BY id;", MapReview, ("$cr", review.ChangeRequestId));
                var decision = decide(current, all);
                if (decision.NewState is { } state)
                {
                    UpdateState(c, t, review.ChangeRequestId, state);
                    current = QuerySingle(c, t, $"SELECT {ChangeRequestColumns} FROM change_requests WHERE id = $id;", MapChangeRequest, ("$id", review.ChangeRequestId))!;
                }

                append(decision.Audit);
                return new RecordedReview(written, current);
            },
            cancellationToken);

    public Task<IReadOnlyList<ReviewRecord>> ListReviewsAsync(long changeRequestId, CancellationToken cancellationToken = default) =>
        Read(c => Query(c, null, $"SELECT {ReviewColumns} FROM reviews WHERE change_request_id = $cr ORDER BY id;", MapReview, ("$cr", changeRequestId)), cancellationToken);

    public Task<DeploymentRecord> RecordDeploymentAsync(NewDeployment deployment, CancellationToken cancellationToken = default) =>
        Write((c, t) => InsertDeployment(c, t, deployment), cancellationToken);

    public Task<DeploymentRecord> RecordDeploymentAsync(NewDeployment deployment, ChangeRequestState? newState, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        return WriteAudited(
            (c, t, append) =>
            {
                var record = InsertDeployment(c, t, deployment);
                if (newState is { } state)
                {
                    SqliteDatabase.Execute(
                        c, t, "UPDATE change_requests SET state = $state, updated_utc = $now WHERE id = $id;",
                        ("$state", Name(state)), ("$now", Time(_clock.GetUtcNow())), ("$id", deployment.ChangeRequestId));
                }

                append(audit);
                return record;
            },
            cancellationToken);
    }

    private DeploymentRecord InsertDeployment(SqliteConnection c, SqliteTransaction t, NewDeployment deployment)
    {
        RequireChangeRequest(c, t, deployment.ChangeRequestId);
        SqliteDatabase.Execute(
            c, t,
            "INSERT INTO deployments (change_request_id, site_id, wave, deployed_by, outcome, notes, created_utc) VALUES ($cr, $site, $wave, $by, $outcome, $notes, $now);",
            ("$cr", deployment.ChangeRequestId), ("$site", deployment.SiteId), ("$wave", deployment.Wave), ("$by", deployment.DeployedBy),
            ("$outcome", Name(deployment.Outcome)), ("$notes", deployment.Notes), ("$now", Time(_clock.GetUtcNow())));
        return QuerySingle(c, t, $"SELECT {DeploymentColumns} FROM deployments WHERE id = last_insert_rowid();", MapDeployment)!;
    }

    public Task<IReadOnlyList<DeploymentRecord>> ListDeploymentsAsync(long? changeRequestId = null, CancellationToken cancellationToken = default) =>
        Read(
            c => Query(c, null, $"SELECT {DeploymentColumns} FROM deployments WHERE $cr IS NULL OR change_request_id = $cr ORDER BY id;", MapDeployment, ("$cr", changeRequestId)),
            cancellationToken);

    public Task<WaveStartRecord?> TryStartWaveAsync(NewWaveStart start, CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        var audit = new AuditEntry(
            start.StartedBy,
            AuditActions.WaveStarted,
            $"{start.MigrationId}/{start.Wave}",
            new { migration = start.MigrationId, wave = start.Wave, order = start.Order, sites = start.Sites, gate = start.Gate });
        return WriteAudited(
            (c, t, append) =>
            {
                var inserted = SqliteDatabase.Execute(
                    c, t,
                    $"INSERT INTO wave_starts (migration_id, wave, started_by, gate, started_utc) VALUES ($migration, $wave, $by, $gate, $now) ON CONFLICT (migration_id, wave) DO NOTHING;",
                    ("$migration", start.MigrationId), ("$wave", start.Wave), ("$by", start.StartedBy), ("$gate", start.Gate), ("$now", Time(now)));
                if (inserted == 0)
                {
                    return null;
                }

                append(audit);
                return QuerySingle(
                    c, t, $"SELECT {WaveStartColumns} FROM wave_starts WHERE migration_id = $migration AND wave = $wave;", MapWaveStart,
                    ("$migration", start.MigrationId), ("$wave", start.Wave));
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<WaveStartRecord>> ListWaveStartsAsync(string migrationId, CancellationToken cancellationToken = default) =>
        Read(c => Query(c, null, $"SELECT {WaveStartColumns} FROM wave_starts WHERE migration_id = $migration ORDER BY id;", MapWaveStart, ("$migration", migrationId)), cancellationToken);

    public Task<ReleaseIntentRecord?> TryOpenReleaseIntentAsync(NewReleaseIntent intent, CancellationToken cancellationToken = default) =>
        Write(
            (c, t) =>
            {
                RequireChangeRequest(c, t, intent.ChangeRequestId);
                var inserted = SqliteDatabase.Execute(
                    c, t,
                    """
                    INSERT INTO release_intents (change_request_id, site_id, wave, kind, release_branch, release_before, commit_sha, requested_by, notes, created_utc)
                    VALUES ($cr, $site, $wave, $kind, $branch, $before, $commit, $by, $notes, $now)
                    ON CONFLICT DO NOTHING;
                    """,
                    ("$cr", intent.ChangeRequestId), ("$site", intent.SiteId), ("$wave", intent.Wave), ("$kind", Name(intent.Kind)),
                    ("$branch", intent.ReleaseBranch), ("$before", intent.ReleaseBefore), ("$commit", intent.CommitSha), ("$by", intent.RequestedBy),
                    ("$notes", intent.Notes), ("$now", Time(_clock.GetUtcNow())));
                return inserted == 0
                    ? null
                    : QuerySingle(c, t, $"SELECT {ReleaseIntentColumns} FROM release_intents WHERE id = last_insert_rowid();", MapReleaseIntent);
            },
            cancellationToken);

    public Task<IReadOnlyList<ReleaseIntentRecord>> ListOpenReleaseIntentsAsync(CancellationToken cancellationToken = default) =>
        Read(c => Query(c, null, $"SELECT {ReleaseIntentColumns} FROM release_intents WHERE closed_utc IS NULL ORDER BY id;", MapReleaseIntent), cancellationToken);

    public Task<ClosedReleaseIntent?> CloseReleaseIntentAsync(long intentId, ReleaseIntentOutcome outcome, CancellationToken cancellationToken = default)
    {
        var audit = outcome.Audit;
        return WriteAudited(
            (c, t, append) =>
            {
                var closed = SqliteDatabase.Execute(
                    c, t,
                    "UPDATE release_intents SET closed_utc = $now, resolution = $resolution WHERE id = $id AND closed_utc IS NULL;",
                    ("$now", Time(_clock.GetUtcNow())), ("$resolution", outcome.Resolution), ("$id", intentId));
                if (closed == 0)
                {
                    return null;
                }

                var deployment = outcome.Deployment is { } d ? InsertDeployment(c, t, d) : null;
                if (outcome.NewState is { } state)
                {
                    UpdateState(c, t, deployment?.ChangeRequestId ?? ChangeRequestOf(c, t, intentId), state);
                }

                append(audit);
                return new ClosedReleaseIntent(intentId, deployment);
            },
            cancellationToken);
    }

    private static long ChangeRequestOf(SqliteConnection connection, SqliteTransaction transaction, long intentId)
    {
        using var command = SqliteDatabase.Command(connection, transaction, "SELECT change_request_id FROM release_intents WHERE id = $id;", ("$id", intentId));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void RequireChangeRequest(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        using var command = SqliteDatabase.Command(connection, transaction, "SELECT count(*) FROM change_requests WHERE id = $id;", ("$id", id));
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            throw new FleetStoreException($"change request {id} does not exist");
        }
    }

    private static void RequireUser(SqliteConnection connection, SqliteTransaction transaction, string name)
    {
        using var command = SqliteDatabase.Command(connection, transaction, "SELECT count(*) FROM users WHERE name = $name;", ("$name", name));
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            throw new FleetStoreException($"user '{name}' does not exist");
        }
    }

    private Task<T> Read<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_database.Read(read));
    }

    /// <summary>A write whose audit records (<c>append</c>) commit with it; the last one is checkpointed once committed.</summary>
    private Task<T> WriteAudited<T>(Func<SqliteConnection, SqliteTransaction, Action<AuditEntry>, T> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(SqliteAuditLog.WriteAudited(_database, Audit, write));
    }

    private Task<T> Write<T>(Func<SqliteConnection, SqliteTransaction, T> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_database.Write(write));
    }

    private static IReadOnlyList<T> Query<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> map, params (string, object?)[] parameters)
    {
        using var command = SqliteDatabase.Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static T? QuerySingle<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> map, params (string, object?)[] parameters)
        where T : class
    {
        var rows = Query(connection, transaction, sql, map, parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    private static string Name<T>(T value)
        where T : struct, Enum => YamlEnum.ToYamlName(value);

    private static T Enum<T>(string text)
        where T : struct, Enum =>
        YamlEnum.TryParse<T>(text, out var value) ? value : throw new FleetStoreException($"unknown {typeof(T).Name} '{text}' in the database");

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateTimeOffset? ParseOptional(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Parse(reader.GetString(ordinal));

    private static RunRecord MapRun(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), Parse(r.GetString(4)), ParseOptional(r, 5), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7));

    private static SiteRunRecord MapSiteRun(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), Enum<SiteRunState>(r.GetString(2)), r.GetString(3), r.GetInt32(4), Parse(r.GetString(5)), Parse(r.GetString(6)));

    private static ChangeRequestRecord MapChangeRequest(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
            Enum<ChangeRequestState>(r.GetString(8)), Parse(r.GetString(9)), Parse(r.GetString(10)));

    private static UserRecord MapUser(SqliteDataReader r) => new(r.GetString(0), Enum<UserRole>(r.GetString(1)), r.GetString(2), Parse(r.GetString(3)));

    private static ReviewRecord MapReview(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), Enum<ReviewVerdict>(r.GetString(3)), r.GetString(4), r.GetString(5), Parse(r.GetString(6)));

    private static DeploymentRecord MapDeployment(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), Enum<DeploymentOutcome>(r.GetString(5)), r.GetString(6), Parse(r.GetString(7)));

    private static ReleaseIntentRecord MapReleaseIntent(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), Enum<ReleaseIntentKind>(r.GetString(4)), r.GetString(5),
            r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), Parse(r.GetString(10)));

    private static WaveStartRecord MapWaveStart(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Parse(r.GetString(5)));
}
