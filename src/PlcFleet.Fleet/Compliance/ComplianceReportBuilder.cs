using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store;

namespace PlcFleet.Fleet.Compliance;

/// <summary>Collects a <see cref="ComplianceReport"/> for one migration from the store, verifying the audit chain as it goes.</summary>
public sealed class ComplianceReportBuilder(IFleetStore store, TimeProvider? clock = null)
{
    public async Task<ComplianceReport> BuildAsync(string migrationId, CancellationToken cancellationToken = default)
    {
        var runs = (await store.ListRunsAsync(migrationId, cancellationToken).ConfigureAwait(false)).OrderBy(r => r.StartedUtc).ToList();
        var users = await store.ListUsersAsync(cancellationToken).ConfigureAwait(false);
        var changeRequests = (await store.ListChangeRequestsAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Where(c => c.MigrationId == migrationId);
        var changes = new List<SiteChange>();
        foreach (var changeRequest in changeRequests)
        {
            var reviews = await store.ListReviewsAsync(changeRequest.Id, cancellationToken).ConfigureAwait(false);
            var deployments = await store.ListDeploymentsAsync(changeRequest.Id, cancellationToken).ConfigureAwait(false);
            changes.Add(new SiteChange(
                changeRequest,
                runs.FirstOrDefault(r => r.Id == changeRequest.RunId),
                DiffStat.Read(changeRequest.Diff),
                ChangeRequestEvidence.Read(changeRequest.EvidenceJson),
                reviews,
                users.Where(u => reviews.Any(r => string.Equals(r.UserName, u.Name, StringComparison.OrdinalIgnoreCase))).ToList(),
                deployments));
        }

        var verification = await store.Audit.VerifyAsync(cancellationToken).ConfigureAwait(false);
        return new ComplianceReport(migrationId, (clock ?? TimeProvider.System).GetUtcNow(), runs, changes, verification);
    }
}
