using System.Text.Json;

namespace PlcFleet.Fleet.Audit;

/// <summary>
/// The append-only, hash-chained record of everything the fleet machinery does (plans, runs, change requests,
/// reviews, deployments). Appends are serialised by the log; verification re-computes every hash. With an
/// <see cref="AuditAnchor"/> every record is sealed with a key the log does not hold and every append is followed by a
/// signed checkpoint outside the log, so verification also exposes forged, re-chained, cut-off and rolled-back trails.
/// </summary>
public sealed class AuditTrail(IAuditLog log, TimeProvider? clock = null, AuditAnchor? anchor = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public AuditAnchor? AuditAnchor => anchor;

    /// <summary>
    /// A keyed hash standing in for text that must not enter the trail (see <see cref="AuditAnchor.Pseudonym"/>); a
    /// trail without an anchor uses a key of this process only.
    /// </summary>
    public string Pseudonym(string purpose, string text) =>
        anchor?.Pseudonym(purpose, text)
        ?? Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(ProcessKey.Value, System.Text.Encoding.UTF8.GetBytes(purpose + "|" + text)));

    private static readonly Lazy<byte[]> ProcessKey = new(() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>Appends a record; <paramref name="details"/> is serialised to JSON (null gives <c>{}</c>).</summary>
    public Task<AuditRecord> AppendAsync(string actor, string action, string subject, object? details = null, CancellationToken cancellationToken = default) =>
        AppendJsonAsync(actor, action, subject, Serialize(details), cancellationToken);

    public async Task<AuditRecord> AppendJsonAsync(string actor, string action, string subject, string detailsJson, CancellationToken cancellationToken = default)
    {
        var record = await log.AppendAsync(LinkJson(actor, action, subject, detailsJson), cancellationToken).ConfigureAwait(false);
        Anchor(record);
        return record;
    }

    /// <summary>
    /// Writes the signed checkpoint of a record the caller appended and committed in a transaction of its own (see
    /// <see cref="Link"/>). Called after the commit: a crash in between leaves a sealed, unanchored head, which verifies.
    /// </summary>
    public void Anchor(AuditRecord? record)
    {
        if (record is not null)
        {
            anchor?.Checkpoint(record);
        }
    }

    /// <summary>
    /// The step that chains a new record to the last one, for a store that appends it inside a transaction of its
    /// own (so a state change and its audit record are written together or not at all). The store calls
    /// <see cref="Anchor"/> with the record once the transaction committed.
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
            return new AuditRecord(sequence, time, actor, action, subject, detailsJson, previous, hash, anchor?.Seal(hash) ?? "");
        };
    }

    private static string Serialize(object? details) => details switch
    {
        null => "{}",
        JsonElement element => element.GetRawText(),
        _ => JsonSerializer.Serialize(details),
    };

    public Task<IReadOnlyList<AuditRecord>> ReadAllAsync(CancellationToken cancellationToken = default) => log.ReadAllAsync(cancellationToken);

    /// <summary>
    /// Walks the chain from the first record and reports every record that is edited, missing or out of place; with an
    /// anchor also every record not sealed with the key, and every signed checkpoint whose record is gone or different.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        // Checkpoints first: each is written after its record committed, so every one read now must be in the records
        // read next, even while other processes keep appending.
        var (key, checkpoints) = anchor?.ReadCheckpoints() ?? (null, []);
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

        if (records.Count == 0 && await log.UnauditedStateAsync(cancellationToken).ConfigureAwait(false) is { } unaudited)
        {
            problems.Add(new AuditProblem(1, AuditProblemKind.Unverifiable, $"the audit trail is empty but {unaudited}: its records were deleted"));
        }

        if (anchor is not null)
        {
            CheckAnchor(anchor, key, checkpoints, records, problems);
        }

        return new AuditVerification(records.Count, previousHash, problems);
    }

    private static void CheckAnchor(AuditAnchor anchor, byte[]? key, IReadOnlyList<AuditCheckpoint> checkpoints, IReadOnlyList<AuditRecord> records, List<AuditProblem> problems)
    {
        var firstSealed = records.FirstOrDefault(r => r.Seal.Length > 0);
        if (key is null)
        {
            if (firstSealed is not null)
            {
                problems.Add(new AuditProblem(firstSealed.Sequence, AuditProblemKind.Unverifiable, $"the audit key {anchor.KeyPath} is missing or unreadable, but the trail is sealed with it: seals and checkpoints cannot be checked"));
            }

            return;
        }

        foreach (var record in records.SkipWhile(r => r.Seal.Length == 0))
        {
            if (record.Seal.Length == 0)
            {
                problems.Add(new AuditProblem(record.Sequence, AuditProblemKind.Forged, $"record #{record.Sequence} ({record.Action} {record.Subject}) has no seal although the records before it do: it was written outside plcfleet"));
            }
            else if (!anchor.SealMatches(key, record))
            {
                problems.Add(new AuditProblem(record.Sequence, AuditProblemKind.Forged, $"record #{record.Sequence} ({record.Action} {record.Subject}) carries a seal the audit key did not make: it was forged or re-chained"));
            }
        }

        foreach (var forged in checkpoints.Where(c => !c.Signed))
        {
            problems.Add(new AuditProblem(forged.Sequence, AuditProblemKind.Forged, $"line {forged.Line} of {anchor.CheckpointPath} is not signed with the audit key"));
        }

        var bySequence = records.ToDictionary(r => r.Sequence);
        var signed = checkpoints.Where(c => c.Signed).ToList();
        if (signed.Where(c => !bySequence.ContainsKey(c.Sequence)).MaxBy(c => c.Sequence) is { } gone)
        {
            var last = records.Count == 0 ? "the trail is empty" : $"the trail ends at #{records[^1].Sequence}";
            problems.Add(new AuditProblem(gone.Sequence, AuditProblemKind.Truncated, $"record #{gone.Sequence} was anchored at {gone.TimeUtc} but {last}: records were cut off the end or an older copy of the database was restored"));
        }

        if (signed.FirstOrDefault(c => bySequence.TryGetValue(c.Sequence, out var record) && record.Hash != c.Hash) is { } replaced)
        {
            problems.Add(new AuditProblem(replaced.Sequence, AuditProblemKind.Truncated, $"record #{replaced.Sequence} is not the one anchored at {replaced.TimeUtc}: the trail from there on was replaced"));
        }

        if (firstSealed is not null && signed.Count == 0)
        {
            problems.Add(new AuditProblem(firstSealed.Sequence, AuditProblemKind.Unverifiable, $"the trail is sealed but {anchor.CheckpointPath} holds no signed checkpoint: the checkpoint file was removed"));
        }
    }
}
