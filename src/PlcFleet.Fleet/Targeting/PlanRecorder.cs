using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Targeting;

/// <summary>
/// Writes a plan into a run: one site row per site (targeted, skipped, or error when not targetable) and an audit
/// record per decision with its reasons. Safe to call again on resume: sites past planning (running, done, or in
/// error, whose retry is the orchestrator's policy) keep their state.
/// </summary>
public static class PlanRecorder
{
    private static readonly SiteRunState[] PlanningStates = [SiteRunState.Pending, SiteRunState.Targeted, SiteRunState.Skipped];

    /// <summary>Returns how many sites were (re)recorded; sites already running or done are left alone.</summary>
    public static async Task<int> RecordAsync(IFleetStore store, string runId, MigrationPlan plan, string actor, CancellationToken cancellationToken = default)
    {
        var recorded = 0;
        foreach (var site in plan.Sites)
        {
            var existing = await store.GetSiteRunAsync(runId, site.Site.Id, cancellationToken).ConfigureAwait(false);
            if (existing is not null && !PlanningStates.Contains(existing.State))
            {
                continue;
            }

            var state = site.Decision switch
            {
                TargetingDecision.Targeted => SiteRunState.Targeted,
                TargetingDecision.Skipped => SiteRunState.Skipped,
                _ => SiteRunState.Error,
            };
            await store.SetSiteStateAsync(runId, site.Site.Id, state, site.Summary, cancellationToken: cancellationToken).ConfigureAwait(false);
            var action = site.IsTargeted ? AuditActions.SiteTargeted : AuditActions.SiteSkipped;
            var details = new
            {
                decision = site.Decision.ToString(),
                summary = site.Summary,
                reasons = site.Reasons.Select(r => new { precondition = r.Precondition.Describe(), passed = r.Passed, evidence = r.Evidence }),
            };
            await store.Audit.AppendAsync(actor, action, $"{runId}/{site.Site.Id}", details, cancellationToken).ConfigureAwait(false);
            recorded++;
        }

        return recorded;
    }
}
