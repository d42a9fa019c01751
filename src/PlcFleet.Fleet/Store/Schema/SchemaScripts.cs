namespace PlcFleet.Fleet.Store.Schema;

/// <summary>
/// The ordered schema scripts. Never edit a released script: add a new version, so every existing database
/// reaches the same schema by the same path.
/// </summary>
public static class SchemaScripts
{
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new(1, "runs, site runs, change requests, users, reviews, deployments, audit log", Version1),
        new(2, "run starter and rollout wave starts as records of their own", Version2),
        new(3, "release intents: deploys and rollbacks recorded before git moves the release branch", Version3),
        new(4, "fleet definitions: the fleet.yaml a rollout trusts, recorded and approved in the store", Version4),
        new(5, "audit seals: each record's HMAC under a key kept outside the database", Version5),
        new(6, "sign-in failure counters per user and per address, so a restart does not lift a lockout", Version6),
    ];

    public static int Latest => All[^1].Version;

    private const string Version1 = """
        -- One execution of one migration over the fleet. content_hash pins the exact prompt text used;
        -- options_json keeps the command-line options so a resumed run behaves the same.
        CREATE TABLE runs (
            id                TEXT PRIMARY KEY,
            migration_id      TEXT NOT NULL,
            migration_version INTEGER NOT NULL,
            content_hash      TEXT NOT NULL,
            started_utc       TEXT NOT NULL,
            finished_utc      TEXT,
            options_json      TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX runs_by_migration ON runs (migration_id, started_utc);

        -- The state of each site within a run. UNIQUE (run_id, site_id): a resumed run updates, never duplicates.
        CREATE TABLE site_runs (
            id          INTEGER PRIMARY KEY,
            run_id      TEXT NOT NULL REFERENCES runs (id),
            site_id     TEXT NOT NULL,
            state       TEXT NOT NULL CHECK (state IN ('pending', 'targeted', 'skipped', 'running', 'changed_verified',
                                                       'no_change', 'failed', 'vetoed', 'error', 'waiting_review')),
            reason      TEXT NOT NULL DEFAULT '',
            attempts    INTEGER NOT NULL DEFAULT 0,
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL,
            UNIQUE (run_id, site_id)
        );

        -- A verified change put up for review. UNIQUE (migration_id, site_id, commit_sha) makes creation idempotent:
        -- a resumed run can never open a second change request for the same commit.
        CREATE TABLE change_requests (
            id            INTEGER PRIMARY KEY,
            run_id        TEXT NOT NULL REFERENCES runs (id),
            migration_id  TEXT NOT NULL,
            site_id       TEXT NOT NULL,
            branch        TEXT NOT NULL,
            commit_sha    TEXT NOT NULL,
            diff          TEXT NOT NULL,
            evidence_json TEXT NOT NULL DEFAULT '{}',
            state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'approved', 'rejected', 'deployed', 'rolled_back')),
            created_utc   TEXT NOT NULL,
            updated_utc   TEXT NOT NULL,
            UNIQUE (migration_id, site_id, commit_sha)
        );
        CREATE INDEX change_requests_by_state ON change_requests (state);

        -- People who review and deploy. The role decides who may approve safety-related changes.
        CREATE TABLE users (
            name          TEXT PRIMARY KEY,
            role          TEXT NOT NULL CHECK (role IN ('engineer', 'safety_engineer', 'admin')),
            password_hash TEXT NOT NULL,
            created_utc   TEXT NOT NULL
        );

        -- Verdicts on change requests. commit_sha is the commit the reviewer saw, so a later push cannot inherit the approval.
        CREATE TABLE reviews (
            id                INTEGER PRIMARY KEY,
            change_request_id INTEGER NOT NULL REFERENCES change_requests (id),
            user_name         TEXT NOT NULL REFERENCES users (name),
            verdict           TEXT NOT NULL CHECK (verdict IN ('approved', 'rejected', 'changes_requested')),
            comment           TEXT NOT NULL DEFAULT '',
            commit_sha        TEXT NOT NULL,
            created_utc       TEXT NOT NULL
        );
        CREATE INDEX reviews_by_change_request ON reviews (change_request_id);

        -- Changes put on a line or taken off it again, per rollout wave.
        CREATE TABLE deployments (
            id                INTEGER PRIMARY KEY,
            change_request_id INTEGER NOT NULL REFERENCES change_requests (id),
            site_id           TEXT NOT NULL,
            wave              TEXT,
            deployed_by       TEXT NOT NULL,
            outcome           TEXT NOT NULL CHECK (outcome IN ('deployed', 'rolled_back', 'failed')),
            notes             TEXT NOT NULL DEFAULT '',
            created_utc       TEXT NOT NULL
        );
        CREATE INDEX deployments_by_change_request ON deployments (change_request_id);

        -- Append-only, hash-chained record of every action: hash = SHA-256 of the canonical record including
        -- previous_hash. The triggers stop accidental edits; the chain exposes deliberate ones.
        CREATE TABLE audit_log (
            sequence      INTEGER PRIMARY KEY,
            time_utc      TEXT NOT NULL,
            actor         TEXT NOT NULL,
            action        TEXT NOT NULL,
            subject       TEXT NOT NULL,
            details_json  TEXT NOT NULL,
            previous_hash TEXT NOT NULL,
            hash          TEXT NOT NULL
        );
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        """;

    private const string Version2 = """
        -- Who started a run, so the self-approval rule reads a column instead of searching the audit trail.
        ALTER TABLE runs ADD COLUMN started_by TEXT;
        UPDATE runs SET started_by = (
            SELECT a.actor FROM audit_log a WHERE a.action = 'run.started' AND a.subject = runs.id ORDER BY a.sequence LIMIT 1);

        -- A rollout wave released for one migration. UNIQUE (migration_id, wave): two engineers releasing the same
        -- wave at once start it once. Written in the same transaction as its audit record.
        CREATE TABLE wave_starts (
            id           INTEGER PRIMARY KEY,
            migration_id TEXT NOT NULL,
            wave         TEXT NOT NULL,
            started_by   TEXT NOT NULL,
            gate         TEXT NOT NULL DEFAULT '',
            started_utc  TEXT NOT NULL,
            UNIQUE (migration_id, wave)
        );

        -- Stores written before version 2 kept wave starts only in the audit trail; carry them over once.
        INSERT OR IGNORE INTO wave_starts (migration_id, wave, started_by, gate, started_utc)
        SELECT json_extract(details_json, '$.migration'), json_extract(details_json, '$.wave'), actor,
               coalesce(json_extract(details_json, '$.gate'), ''), time_utc
        FROM audit_log
        WHERE action = 'rollout.wave_started' AND json_valid(details_json)
          AND json_extract(details_json, '$.migration') IS NOT NULL AND json_extract(details_json, '$.wave') IS NOT NULL
        ORDER BY sequence;
        """;

    private const string Version3 = """
        -- A deploy or rollback about to move a site's release branch, written before git is touched and closed in the
        -- transaction that records its outcome. One still open when a rollout command starts means a process died in
        -- between: git then says whether the branch moved, and the outcome is recorded or the intent dropped.
        CREATE TABLE release_intents (
            id                INTEGER PRIMARY KEY,
            change_request_id INTEGER NOT NULL REFERENCES change_requests (id),
            site_id           TEXT NOT NULL,
            wave              TEXT,
            kind              TEXT NOT NULL CHECK (kind IN ('deploy', 'rollback')),
            release_branch    TEXT NOT NULL,
            release_before    TEXT NOT NULL,
            commit_sha        TEXT NOT NULL,
            requested_by      TEXT NOT NULL,
            notes             TEXT NOT NULL DEFAULT '',
            created_utc       TEXT NOT NULL,
            closed_utc        TEXT,
            resolution        TEXT
        );
        -- One open intent per change request: a second deploy of the same change at the same moment is refused.
        CREATE UNIQUE INDEX release_intents_one_open ON release_intents (change_request_id) WHERE closed_utc IS NULL;
        """;

    private const string Version4 = """
        -- The fleet definition (fleet.yaml) as recorded in the store: the plant facts a rollout relies on (line status,
        -- maintenance windows, waves and gates). A deploy uses the newest approved definition, never the file a deployer
        -- hands in; a new definition counts only once a safety engineer or admin other than its proposer approved it.
        CREATE TABLE fleet_definitions (
            id           INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL,
            git_commit   TEXT,
            file_path    TEXT NOT NULL,
            content      TEXT NOT NULL,
            proposed_by  TEXT NOT NULL,
            proposed_utc TEXT NOT NULL,
            approved_by  TEXT,
            approved_utc TEXT,
            UNIQUE (content_hash, file_path)
        );
        CREATE TRIGGER fleet_definitions_no_delete BEFORE DELETE ON fleet_definitions
        BEGIN SELECT RAISE(ABORT, 'fleet_definitions keeps every definition'); END;
        """;

    private const string Version5 = """
        -- HMAC-SHA256 of the record's hash under the audit key, which lives outside this file (see AuditAnchor); empty for
        -- records written before sealing. Not part of the hash, so the chain of older records stays as it was.
        ALTER TABLE audit_log ADD COLUMN seal TEXT NOT NULL DEFAULT '';
        """;

    private const string Version6 = """
        -- Failed sign-ins counted per user (by keyed hash of the typed name, never its text) and per client address.
        -- Kept in the store so restarting `plcfleet serve` does not give a password guesser a fresh start.
        CREATE TABLE sign_in_failures (
            counter_key       TEXT PRIMARY KEY,
            since_utc         TEXT NOT NULL,
            failures          INTEGER NOT NULL,
            locked_until_utc  TEXT
        );
        """;
}
