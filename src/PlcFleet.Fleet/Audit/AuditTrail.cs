using System.Text.Json;

namespace PlcFleet.Fleet.Audit;

/// <summary>
/// The append-only, hash-chained record of everything the fleet machinery does (plans, runs, change requests,
/// reviews, deployments). Appends are serialised by the log; verification re-computes every hash.
/// </summary>
public sealed class AuditTrail(IAuditLog log, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Appends a record; <paramref name="details"/> is serialised to JSON (null gives <c>{}</c>).</summary>
    public Task<AuditRecord> AppendAsync(string actor, string action, string subject, object? details = null, CancellationToken cancellationToken = default) =>
        AppendJsonAsync(actor, action, subject, Serialize(details), cancellationToken);

    public Task<AuditRecord> AppendJsonAsync(string actor, string action, string subject, string detailsJson, CancellationToken cancellationToken = default) =>
        log.AppendAsync(LinkJson(actor, action, subject, detailsJson), cancellationToken);

    /// <summary>
    /// The step that chains a new record to the last one, for a store that appends it inside a transaction of its
    /// own (so a state change and its audit record are written together or not at all).
    /// </summary>
    public Func<AuditRecord?, AuditRecord> Link(string actor, string action, string subject, object? details = null) =>
        LinkJson(actor, action, subject, Serialize(details));

    private Func<AuditRecord?, AuditRecord> LinkJson(string actor, string action, string subject, string detailsJson)
    {
        using (JsonDocument.Parse(detailsJson))
        {
            // Only well-formed JSON goes into the trail; a parse error surfaces here, at the caller.
        }

        var time = _clock.GetUtcNow();
        return last =>
        {
            var sequence = (last?.Sequence ?? 0) + 1;
            var previous = last?.Hash ?? AuditHasher.Genesis;
            var hash = AuditHasher.Hash(sequence, time, actor, action, subject, detailsJson, previous);
            return new AuditRecord(sequence, time, actor, action, subject, detailsJson, previous, hash);
        };
    }

    private static string Serialize(object? details) => details switch
    {
        null => "{}",
        JsonElement element => element.GetRawText(),
        _ => JsonSerializer.Serialize(details),
    };

    public Task<IReadOnlyList<AuditRecord>> ReadAllAsync(CancellationToken cancellationToken = default) => log.ReadAllAsync(cancellationToken);

    /// <summary>Walks the chain from the first record and reports every record that is edited, missing or out of place.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var records = await log.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<AuditProblem>();
        var previousHash = AuditHasher.Genesis;
        long expected = 1;
        foreach (var record in records)
        {
            var gap = record.Sequence != expected;
            if (gap)
            {
                var range = record.Sequence - expected == 1 ? $"record #{expected} is" : $"records #{expected} to #{record.Sequence - 1} are";
                problems.Add(new AuditProblem(expected, AuditProblemKind.Missing, $"{range} missing (removed from the log)"));
            }

            if (AuditHasher.Hash(record) != record.Hash)
            {
                problems.Add(new AuditProblem(record.Sequence, AuditProblemKind.Edited, $"record #{record.Sequence} ({record.Action} {record.Subject}) does not match its hash: it was edited or moved"));
            }
            else if (record.PreviousHash != previousHash && !gap)
            {
                problems.Add(new AuditProblem(record.Sequence, AuditProblemKind.ChainBroken, $"record #{record.Sequence} does not chain to record #{record.Sequence - 1}: a record was inserted or reordered"));
            }

            previousHash = record.Hash;
            expected = record.Sequence + 1;
        }

        return new AuditVerification(records.Count, previousHash, problems);
    }
}
