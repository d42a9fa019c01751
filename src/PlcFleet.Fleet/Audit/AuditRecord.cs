namespace PlcFleet.Fleet.Audit;

/// <summary>
/// One entry of the audit trail: who did what to which subject, when, with details as JSON. The hash covers all
/// fields and the previous record's hash, so no record can change, vanish or move without breaking the chain.
/// </summary>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset TimeUtc,
    string Actor,
    string Action,
    string Subject,
    string DetailsJson,
    string PreviousHash,
    string Hash);
