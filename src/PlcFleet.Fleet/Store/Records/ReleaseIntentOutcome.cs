using PlcFleet.Fleet.Audit;

namespace PlcFleet.Fleet.Store.Records;

/// <summary>
/// How a release intent ends: a short resolution word (deployed, failed, rolled_back, recovered, abandoned), the
/// deployment record to write (none when nothing happened), the change request's new state and the audit record.
/// </summary>
public sealed record ReleaseIntentOutcome(string Resolution, NewDeployment? Deployment, ChangeRequestState? NewState, AuditEntry Audit);
