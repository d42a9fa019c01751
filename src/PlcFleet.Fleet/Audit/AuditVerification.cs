namespace PlcFleet.Fleet.Audit;

/// <summary>
/// The result of checking the whole chain. <see cref="HeadHash"/> and <see cref="RecordCount"/> can be copied
/// elsewhere (a ticket, a printout): a later verification against them also exposes records cut off the end.
/// </summary>
public sealed record AuditVerification(long RecordCount, string HeadHash, IReadOnlyList<AuditProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public AuditProblem? FirstProblem => Problems.Count == 0 ? null : Problems[0];

    public override string ToString() =>
        IsValid ? $"audit trail OK: {RecordCount} records, head {HeadHash[..12]}" : $"audit trail BROKEN: {string.Join("; ", Problems)}";
}
