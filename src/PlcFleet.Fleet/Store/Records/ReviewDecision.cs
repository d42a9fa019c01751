using PlcFleet.Fleet.Audit;

namespace PlcFleet.Fleet.Store.Records;

/// <summary>What a review leads to: the change request's new state (null keeps it) and the audit record that says so.</summary>
public sealed record ReviewDecision(ChangeRequestState? NewState, AuditEntry Audit);
