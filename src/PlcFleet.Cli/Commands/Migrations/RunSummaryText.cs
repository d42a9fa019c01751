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
}
