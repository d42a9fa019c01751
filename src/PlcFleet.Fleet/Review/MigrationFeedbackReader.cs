using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Review;

/// <summary>Gathers <see cref="MigrationFeedback"/> from the store: reviews of the migration's change requests and their evidence.</summary>
public sealed class MigrationFeedbackReader(IFleetStore store)
{
    public async Task<MigrationFeedback> ReadAsync(string migrationId, CancellationToken cancellationToken = default)
    {
        var runs = await store.ListRunsAsync(migrationId, cancellationToken).ConfigureAwait(false);
        var changeRequests = (await store.ListChangeRequestsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            .Where(c => c.MigrationId == migrationId)
            .ToList();
        var versions = new List<VersionFeedback>();
        foreach (var group in runs.GroupBy(r => r.MigrationVersion).OrderBy(g => g.Key))
        {
            var runIds = group.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var rejections = new List<RejectionNote>();
            var debriefs = new List<DebriefNote>();
            foreach (var changeRequest in changeRequests.Where(c => runIds.Contains(c.RunId)))
            {
                var reviews = await store.ListReviewsAsync(changeRequest.Id, cancellationToken).ConfigureAwait(false);
                rejections.AddRange(reviews
                    .Where(r => r.Verdict is ReviewVerdict.Rejected or ReviewVerdict.ChangesRequested)
                    .Select(r => new RejectionNote(changeRequest.Id, changeRequest.SiteId, r.UserName, r.Comment, r.CreatedUtc)));
                if (ChangeRequestEvidence.Read(changeRequest.EvidenceJson).Debrief is { } debrief)
                {
                    debriefs.Add(new DebriefNote(changeRequest.Id, changeRequest.SiteId, debrief));
                }
            }

            versions.Add(new VersionFeedback(group.Key, group.Select(r => r.ContentHash).Distinct(StringComparer.Ordinal).ToList(), rejections, debriefs));
        }

        return new MigrationFeedback(migrationId, versions);
    }
}
