namespace PlcFleet.Fleet.Audit;

/// <summary>
/// One entry of the audit trail: who did what to which subject, when, with details as JSON. The hash covers all
/// fields and the previous record's hash, so no record can change, vanish or move without breaking the chain.
/// <see cref="Seal"/> is the keyed HMAC of the hash (<see cref="AuditAnchor"/>), empty for records written before
/// sealing or by a trail without a key folder; it is not part of the hash.
/// </summary>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset TimeUtc,
    string Actor,
    string Action,
    string Subject,
    string DetailsJson,
    string PreviousHash,
    string Hash,
    string Seal = "");
