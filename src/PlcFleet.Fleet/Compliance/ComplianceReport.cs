using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Compliance;

/// <summary>
/// Everything a regulator asks about one migration (IEC 61508 / ISO 13849 change management): which prompt
/// versions ran, what changed at which site with which evidence, who approved, when it was deployed or rolled back,
/// and whether the audit trail behind it is intact.
/// </summary>
public sealed record ComplianceReport(
    string MigrationId,
    DateTimeOffset GeneratedUtc,
    IReadOnlyList<RunRecord> Runs,
    IReadOnlyList<SiteChange> Changes,
    AuditVerification AuditChain);

/// <summary>One change request in the report with its evidence, reviews and deployments.</summary>
public sealed record SiteChange(
    ChangeRequestRecord ChangeRequest,
    RunRecord? Run,
    IReadOnlyList<FileChange> Files,
    ChangeRequestEvidence Evidence,
    IReadOnlyList<ReviewRecord> Reviews,
    IReadOnlyList<UserRecord> Reviewers,
    IReadOnlyList<DeploymentRecord> Deployments);
