namespace PlcFleet.Fleet.Audit;

/// <summary>Where audit records are kept. The chain logic lives in <see cref="AuditTrail"/>; a log only stores.</summary>
public interface IAuditLog
{
    /// <summary>
    /// Reads the last record and appends the one <paramref name="next"/> builds from it, atomically with respect to
    /// every other writer (threads and processes), so two appends can never chain to the same predecessor.
    /// </summary>
    Task<AuditRecord> AppendAsync(Func<AuditRecord?, AuditRecord> next, CancellationToken cancellationToken = default);

    /// <summary>All records in sequence order.</summary>
    Task<IReadOnlyList<AuditRecord>> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// When the log is empty: what the store holds that must have been audited (runs, change requests, ...), or null
    /// when it holds nothing. An emptied log beside recorded work is tampering, not a new store.
    /// </summary>
    Task<string?> UnauditedStateAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
