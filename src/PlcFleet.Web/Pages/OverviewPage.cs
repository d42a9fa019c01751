using Microsoft.AspNetCore.Html;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Burndown;
using PlcFleet.Web.Charts;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Pages;

/// <summary>The landing page: each migration's burndown, the change requests waiting for people, and the fleet's sites.</summary>
public static class OverviewPage
{
    public static async Task<HtmlString> RenderAsync(DashboardSources sources, CancellationToken cancellationToken)
    {
        var store = sources.Store;
        var fleet = sources.Repositories.Fleet;
        var html = new HtmlBuilder();

        html.Add($"<section id=\"migrations\"><h2>Migrations</h2>");
        var runs = await store.ListRunsAsync(cancellationToken: cancellationToken);
        if (runs.Count == 0)
        {
            html.Add($"<p class=\"empty\">No migration has run against this store yet (plcfleet migration run).</p>");
        }

        foreach (var migration in runs.GroupBy(r => r.MigrationId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var latest = migration.First();
            var burndown = await MigrationBurndown.BuildAsync(store, migration.Key, sources.Clock.GetUtcNow(), cancellationToken);
            html.Add($"""<article class="migration" id="migration-{migration.Key}"><h3>{migration.Key} <small>v{latest.MigrationVersion}, {migration.Count()} run(s), latest {latest.Id} started {Format.Time(latest.StartedUtc)}</small></h3>""");
            html.Add($"<div class=\"chart\">{BurndownChart.Render(burndown)}{BurndownChart.Legend(burndown)}</div>");
            html.Add(Outcomes(migration.Key, burndown));
            html.Add($"""<p><a href="/rollout/{migration.Key}">Rollout of {migration.Key}: waves, gates, maintenance windows</a></p></article>""");
        }

        html.Add($"</section>");

        html.Add($"<section id=\"change-requests\"><h2>Change requests</h2>");
        var changeRequests = await store.ListChangeRequestsAsync(cancellationToken: cancellationToken);
        if (changeRequests.Count == 0)
        {
            html.Add($"<p class=\"empty\">No change requests yet.</p>");
        }
        else
        {
            html.Add($"<table class=\"list\"><thead><tr><th>change</th><th>site</th><th>migration</th><th>state</th><th>verification</th><th>judge</th><th>created</th></tr></thead><tbody>");
            foreach (var cr in changeRequests.OrderByDescending(c => c.Id))
            {
                var evidence = ChangeRequestEvidence.Read(cr.EvidenceJson);
                html.Add($"""<tr><td>{Format.Link(cr.Id)}</td><td>{cr.SiteId}</td><td>{cr.MigrationId}</td><td>{Format.State(cr.State)}</td><td>{evidence.VerificationOutcome}</td><td>{evidence.JudgeDecision ?? "off"}</td><td>{Format.Time(cr.CreatedUtc)}</td></tr>""");
            }

            html.Add($"</tbody></table>");
        }

        html.Add($"</section>");

        html.Add($"<section id=\"sites\"><h2>Sites of {fleet.Name}</h2><table class=\"list\"><thead><tr><th>site</th><th>name</th><th>vendor</th><th>line</th><th>wave</th><th>certified files</th></tr></thead><tbody>");
        foreach (var site in fleet.Sites)
        {
            html.Add($"<tr><td><a href=\"/sites/{site.Id}\">{site.Id}</a></td><td>{site.Name}</td><td>{site.Vendor}</td><td>{site.LineStatus}</td><td>{site.Wave ?? "-"}</td><td>{site.CertifiedFiles.Count}</td></tr>");
        }

        html.Add($"</tbody></table></section>");
        return html.ToHtml();
    }

    /// <summary>The sites that ended without their change on the line, each with why, so nobody reads the reason off a colour.</summary>
    private static HtmlString Outcomes(string migrationId, MigrationBurndown burndown)
    {
        if (burndown.Outcomes.Count == 0)
        {
            return HtmlBuilder.Of($"""<p class="empty" id="outcomes-{migrationId}">No site failed, was vetoed, rejected or rolled back.</p>""");
        }

        var html = new HtmlBuilder();
        html.Add($"""<table class="list outcomes" id="outcomes-{migrationId}"><thead><tr><th>site</th><th>outcome</th><th>reason</th><th>from</th><th>when</th></tr></thead><tbody>""");
        foreach (var outcome in burndown.Outcomes)
        {
            html.Add($"""<tr class="{SiteStages.CssClass(outcome.Stage)}-row"><td>{outcome.SiteId}</td><td><span class="swatch {SiteStages.CssClass(outcome.Stage)}"></span>{SiteStages.Label(outcome.Stage)}</td><td>{outcome.Reason}</td><td>{outcome.Source}</td><td>{Format.Time(outcome.Time)}</td></tr>""");
        }

        html.Add($"</tbody></table>");
        return html.ToHtml();
    }
}
