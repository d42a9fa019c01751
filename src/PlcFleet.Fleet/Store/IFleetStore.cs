using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Store;

/// <summary>
/// Everything the fleet machinery remembers: runs and their sites, change requests, users, reviews, deployments
/// and the audit trail. SQLite by default; the interface leaves room for PostgreSQL.
/// </summary>
public interface IFleetStore
{
    AuditTrail Audit { get; }

    /// <summary>The recorded fleet.yaml versions a rollout trusts (see <see cref="IFleetDefinitionStore"/>).</summary>
    IFleetDefinitionStore FleetDefinitions { get; }

    /// <summary>Failed sign-in counters per user and per address (see <see cref="Users.SignInThrottle"/>).</summary>
    ISignInFailureStore SignInFailures { get; }

    Task<RunRecord> StartRunAsync(NewRun run, CancellationToken cancellationToken = default);

    /// <summary>Marks a run finished; returns null if there is no such run.</summary>
    Task<RunRecord?> FinishRunAsync(string runId, CancellationToken cancellationToken = default);

    Task<RunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Runs, newest first, optionally of one migration.</summary>
    Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? migrationId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a site's state in a run, creating the row on first use (resumable: the same call twice leaves one row).
    /// <paramref name="countAttempt"/> adds one to the attempt count, for each agent attempt started.
    /// </summary>
    Task<SiteRunRecord> SetSiteStateAsync(string runId, string siteId, SiteRunState state, string reason = "", bool countAttempt = false, CancellationToken cancellationToken = default);

    Task<SiteRunRecord?> GetSiteRunAsync(string runId, string siteId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SiteRunRecord>> ListSiteRunsAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Idempotent: for an existing (migration, site, commit) the existing change request is returned with Created = false.</summary>
    Task<ChangeRequestCreation> CreateChangeRequestAsync(NewChangeRequest changeRequest, CancellationToken cancellationToken = default);

    Task<ChangeRequestRecord?> GetChangeRequestAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ChangeRequestRecord>> ListChangeRequestsAsync(ChangeRequestState? state = null, string? runId = null, CancellationToken cancellationToken = default);

    Task<ChangeRequestRecord?> SetChangeRequestStateAsync(long id, ChangeRequestState state, CancellationToken cancellationToken = default);

    /// <summary>Sets a change request's state and appends <paramref name="audit"/> in one transaction; null if there is no such change request.</summary>
    Task<ChangeRequestRecord?> SetChangeRequestStateAsync(long id, ChangeRequestState state, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>Adds a user; returns null when the name is taken.</summary>
    Task<UserRecord?> TryAddUserAsync(string name, UserRole role, string passwordHash, CancellationToken cancellationToken = default);

    Task<UserRecord?> FindUserAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserRecord>> ListUsersAsync(CancellationToken cancellationToken = default);

    Task<ReviewRecord> AddReviewAsync(NewReview review, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a review and, in the same transaction, the state change and audit record <paramref name="decide"/> makes
    /// from the change request as it is then and all its reviews (the new one included): a crash can never leave a
    /// verdict without its audit record or a state without the review behind it, and concurrent reviewers decide in turn.
    /// </summary>
    Task<RecordedReview> RecordReviewAsync(NewReview review, Func<ChangeRequestRecord, IReadOnlyList<ReviewRecord>, ReviewDecision> decide, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReviewRecord>> ListReviewsAsync(long changeRequestId, CancellationToken cancellationToken = default);

    Task<DeploymentRecord> RecordDeploymentAsync(NewDeployment deployment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a deployment, sets its change request's state (unless <paramref name="newState"/> is null) and appends
    /// <paramref name="audit"/>, all in one transaction: the store never says deployed without the audit record, or the reverse.
    /// </summary>
    Task<DeploymentRecord> RecordDeploymentAsync(NewDeployment deployment, ChangeRequestState? newState, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>Deployments, oldest first, of one change request or (null) of all.</summary>
    Task<IReadOnlyList<DeploymentRecord>> ListDeploymentsAsync(long? changeRequestId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that a rollout wave of a migration starts, together with its audit record in one transaction.
    /// Returns null when the wave had already started (a second, concurrent start changes nothing).
    /// </summary>
    Task<WaveStartRecord?> TryStartWaveAsync(NewWaveStart start, CancellationToken cancellationToken = default);

    /// <summary>The started waves of one migration, in the order they started.</summary>
    Task<IReadOnlyList<WaveStartRecord>> ListWaveStartsAsync(string migrationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that a deploy or rollback is about to move a release branch, before git is touched. Returns null when
    /// the change request already has an open intent (someone else is deploying or rolling it back right now).
    /// </summary>
    Task<ReleaseIntentRecord?> TryOpenReleaseIntentAsync(NewReleaseIntent intent, CancellationToken cancellationToken = default);

    /// <summary>Intents whose outcome is not recorded yet, oldest first.</summary>
    Task<IReadOnlyList<ReleaseIntentRecord>> ListOpenReleaseIntentsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Closes an open intent and records its outcome (deployment record, state change, audit record) in one
    /// transaction. Returns null, writing nothing, when the intent was closed already: every outcome is recorded once.
    /// </summary>
    Task<ClosedReleaseIntent?> CloseReleaseIntentAsync(long intentId, ReleaseIntentOutcome outcome, CancellationToken cancellationToken = default);
}
