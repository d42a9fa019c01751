using PlcFleet.Fleet.Audit;

namespace PlcFleet.Fleet.Tests.Audit;

/// <summary>A list-backed log for the hash-chain properties; the SQLite log has its own tests on real files.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly Lock _gate = new();

    public List<AuditRecord> Records { get; } = [];

    public Task<AuditRecord> AppendAsync(Func<AuditRecord?, AuditRecord> next, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var record = next(Records.Count == 0 ? null : Records[^1]);
            Records.Add(record);
            return Task.FromResult(record);
        }
    }

    public Task<IReadOnlyList<AuditRecord>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AuditRecord>>(Records.ToList());
        }
    }
}
