using System.Text.Json;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Burndown;

/// <summary>
/// Sites by stage over the life of one migration. The history comes from the audit trail (site states of the
/// migration's runs and its change requests' reviews and deployments); the last point is the store's current
/// state, so the chart ends where the tables do even if a record is missing. A site a finished run left pending or
/// working never finished: it counts as failed, so a finished run shows nothing left for the agent. The sites that
/// ended without their change on the line are listed in <see cref="Outcomes"/> with their reasons.
/// </summary>
public sealed record MigrationBurndown(string MigrationId, IReadOnlyList<BurndownPoint> Points, IReadOnlyList<SiteOutcome> Outcomes)
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
        var outcomes = new Dictionary<string, SiteOutcome>(StringComparer.Ordinal);
        // Runs are newest first; older runs fill in sites the newest one did not visit.
        foreach (var run in runs.Reverse())
        {
            foreach (var site in await store.ListSiteRunsAsync(run.Id, cancellationToken).ConfigureAwait(false))
            {
                if (site.State == SiteRunState.Skipped && current.ContainsKey(site.SiteId))
                {
                    continue;
                }

                var stage = SiteStages.Of(site.State);
                var reason = site.Reason;
                if (run.FinishedUtc is not null && stage is SiteStage.Pending or SiteStage.InProgress)
                {
                    stage = SiteStage.Failed;
                    reason = $"run {run.Id} finished before this site did" + (reason.Length > 0 ? $" ({reason})" : "");
                }

                current[site.SiteId] = stage;
                outcomes.Remove(site.SiteId);
                if (SiteStages.IsProblem(stage))
                {
                    outcomes[site.SiteId] = new SiteOutcome(site.SiteId, stage, reason.Length > 0 ? reason : "no reason recorded", $"run {run.Id}", site.UpdatedUtc);
                }
            }
        }

        foreach (var changeRequest in changeRequests.OrderBy(cr => cr.Id))
        {
            var stage = SiteStages.Of(changeRequest.State);
            current[changeRequest.SiteId] = stage;
            outcomes.Remove(changeRequest.SiteId);
            if (SiteStages.IsProblem(stage))
            {
                var reason = await ChangeRequestReasonAsync(store, changeRequest, records, cancellationToken).ConfigureAwait(false);
                outcomes[changeRequest.SiteId] = new SiteOutcome(changeRequest.SiteId, stage, reason, $"CR-{changeRequest.Id}", changeRequest.UpdatedUtc);
            }
        }

        points.Add(new BurndownPoint(now, "now", Count(current)));
        return new MigrationBurndown(migrationId, points, [.. outcomes.Values.OrderBy(o => o.SiteId, StringComparer.Ordinal)]);
    }

    /// <summary>The rejecting reviewer's comment, or the reason the rollback's audit record gives.</summary>
    private static async Task<string> ChangeRequestReasonAsync(IFleetStore store, ChangeRequestRecord changeRequest, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        if (changeRequest.State == ChangeRequestState.Rejected)
        {
            var reviews = await store.ListReviewsAsync(changeRequest.Id, cancellationToken).ConfigureAwait(false);
            return reviews.LastOrDefault(r => r.Verdict == ReviewVerdict.Rejected) is { } rejection
                ? $"rejected by {rejection.UserName}: {rejection.Comment}"
                : "rejected";
        }

        var subject = ReviewSubject(changeRequest.Id);
        return records.LastOrDefault(r => r.Action == AuditActions.ChangeRequestRolledBack && r.Subject == subject) is { } rollback
            ? $"rolled back by {rollback.Actor}: {Text(rollback.DetailsJson, "reason") ?? "no reason recorded"}"
            : "rolled back";
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

    private static string? Text(string detailsJson, string name)
    {
        using var details = JsonDocument.Parse(detailsJson);
        return details.RootElement.ValueKind == JsonValueKind.Object && details.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
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
