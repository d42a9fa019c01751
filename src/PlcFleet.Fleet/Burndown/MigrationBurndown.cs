using System.Text.Json;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Burndown;

/// <summary>
/// Sites by stage over the life of one migration. The history comes from the audit trail (site states of the
/// migration's runs and its change requests' reviews and deployments); the last point is the store's current
/// state, so the chart ends where the tables do even if a record is missing.
/// </summary>
public sealed record MigrationBurndown(string MigrationId, IReadOnlyList<BurndownPoint> Points)
{
    public BurndownPoint Now => Points[^1];

    public static async Task<MigrationBurndown> BuildAsync(IFleetStore store, string migrationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var runs = await store.ListRunsAsync(migrationId, cancellationToken).ConfigureAwait(false);
        var changeRequests = (await store.ListChangeRequestsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            .Where(cr => cr.MigrationId == migrationId).ToList();
        var records = await store.Audit.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        var points = History(runs.Select(r => r.Id).ToHashSet(StringComparer.Ordinal), changeRequests, records);

        var current = new Dictionary<string, SiteStage>(StringComparer.Ordinal);
        if (runs.Count > 0)
        {
            // Runs are newest first; older runs fill in sites the newest one did not visit.
            foreach (var run in runs.Reverse())
            {
                foreach (var site in await store.ListSiteRunsAsync(run.Id, cancellationToken).ConfigureAwait(false))
                {
                    if (site.State != SiteRunState.Skipped || !current.ContainsKey(site.SiteId))
                    {
                        current[site.SiteId] = SiteStages.Of(site.State);
                    }
                }
            }
        }

        foreach (var changeRequest in changeRequests.OrderBy(cr => cr.Id))
        {
            current[changeRequest.SiteId] = SiteStages.Of(changeRequest.State);
        }

        points.Add(new BurndownPoint(now, "now", Count(current)));
        return new MigrationBurndown(migrationId, points);
    }

    private static List<BurndownPoint> History(HashSet<string> runIds, List<ChangeRequestRecord> changeRequests, IReadOnlyList<AuditRecord> records)
    {
        var siteOf = changeRequests.ToDictionary(cr => ReviewSubject(cr.Id), cr => cr.SiteId, StringComparer.Ordinal);
        var stages = new Dictionary<string, SiteStage>(StringComparer.Ordinal);
        var points = new List<BurndownPoint>();
        foreach (var record in records)
        {
            var slash = record.Subject.IndexOf('/', StringComparison.Ordinal);
            SiteStage? stage = null;
            string? site = null;
            if (slash > 0 && runIds.Contains(record.Subject[..slash]))
            {
                site = record.Subject[(slash + 1)..];
                stage = record.Action switch
                {
                    AuditActions.SiteTargeted => SiteStage.Pending,
                    AuditActions.SiteSkipped when !stages.ContainsKey(site) => SiteStage.Skipped,
                    AuditActions.SiteStateChanged => RunState(record.DetailsJson),
                    _ => null,
                };
            }
            else if (siteOf.TryGetValue(record.Subject, out var crSite))
            {
                site = crSite;
                stage = record.Action switch
                {
                    AuditActions.ChangeRequestCreated or AuditActions.ApprovalVoided => SiteStage.InReview,
                    AuditActions.ChangeRequestApproved when Flag(record.DetailsJson, "complete") => SiteStage.Approved,
                    AuditActions.ChangeRequestRejected => SiteStage.Rejected,
                    AuditActions.ChangeRequestDeployed => SiteStage.Deployed,
                    AuditActions.ChangeRequestRolledBack => SiteStage.RolledBack,
                    _ => null,
                };
            }

            if (site is null || stage is null || (stages.TryGetValue(site, out var before) && before == stage))
            {
                continue;
            }

            stages[site] = stage.Value;
            points.Add(new BurndownPoint(record.TimeUtc, $"{record.Action} {record.Subject}", Count(stages)));
        }

        return points;
    }

    private static SiteStage? RunState(string detailsJson)
    {
        using var details = JsonDocument.Parse(detailsJson);
        if (details.RootElement.ValueKind != JsonValueKind.Object || !details.RootElement.TryGetProperty("state", out var state))
        {
            return null;
        }

        var name = state.GetString()?.Replace("_", "", StringComparison.Ordinal);
        return Enum.TryParse<SiteRunState>(name, ignoreCase: true, out var parsed) ? SiteStages.Of(parsed) : null;
    }

    private static bool Flag(string detailsJson, string name)
    {
        using var details = JsonDocument.Parse(detailsJson);
        return details.RootElement.ValueKind == JsonValueKind.Object
            && details.RootElement.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.True;
    }

    private static Dictionary<SiteStage, int> Count(Dictionary<string, SiteStage> stages) =>
        stages.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());

    private static string ReviewSubject(long id) => PlcFleet.Fleet.Review.ReviewService.Subject(id);
}
