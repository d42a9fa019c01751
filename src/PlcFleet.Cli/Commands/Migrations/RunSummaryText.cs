using System.Text;
using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary>The summary after a run (and for <c>migration status</c>): counts per outcome, then each site with its reason.</summary>
public static class RunSummaryText
{
    public static string Render(RunSummary summary)
    {
        var text = new StringBuilder();
        text.AppendLine($"Run {summary.RunId} ({summary.MigrationId} v{summary.MigrationVersion}): {summary.Sites.Count} sites, {summary.Targeted} targeted");
        var width = summary.Sites.Count == 0 ? 0 : summary.Sites.Max(s => s.SiteId.Length);
        foreach (var state in RunSummary.ReportOrder)
        {
            var sites = summary.In(state);
            if (sites.Count == 0 && state is not (SiteRunState.ChangedVerified or SiteRunState.Failed or SiteRunState.Error or SiteRunState.Skipped))
            {
                continue;
            }

            text.AppendLine($"  {RunSummary.Label(state),-28} {sites.Count,3}");
            foreach (var site in sites)
            {
                text.AppendLine($"      {site.SiteId.PadRight(width)}  {SiteStateText.Of(state, site.Reason)}");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Failed sites of a resumed run are kept, not run again: after the engineer fixes the cause, the same command would
    /// otherwise re-print the old failure. Says which sites were kept (failed before <paramref name="attemptStarted"/>)
    /// and how to run them again; null when none were.
    /// </summary>
    public static string? RetryHint(RunSummary summary, DateTimeOffset attemptStarted, MigrationRunOptions options)
    {
        var kept = summary.Sites
            .Where(s => SiteRunPolicy.IsFailure(s.State) && s.UpdatedUtc < attemptStarted)
            .Select(s => s.SiteId)
            .ToList();
        if (options.RetryFailed || kept.Count == 0)
        {
            return null;
        }

        var ids = string.Join(",", kept);
        return $"{string.Join(", ", kept)} failed in an earlier attempt of this run and {(kept.Count == 1 ? "was" : "were")} not run again; after fixing the cause, run again with --retry-failed (or --sites {ids})";
    }
}
