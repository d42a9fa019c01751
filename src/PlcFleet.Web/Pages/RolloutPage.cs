using Microsoft.AspNetCore.Html;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Rollout;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Web.Auth;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Pages;

/// <summary>
/// One migration's rollout as the approved fleet definition lays it out: waves in order with their gates, each site's
/// line status, maintenance windows, owner and change request. Start, deploy and rollback buttons appear only for a
/// person the fleet's rollout rules allow (the library decides, and decides again when the button is pressed); for
/// anyone else the page says who may.
/// </summary>
public static class RolloutPage
{
    public static async Task<HtmlString> RenderAsync(DashboardSources sources, string migrationId, Reviewer reviewer, FormToken token, PageMessage? message, CancellationToken cancellationToken)
    {
        var html = new HtmlBuilder();
        html.Add($"<h1>Rollout of {migrationId}</h1>");
        if (message is not null)
        {
            html.Add($"""<p class="{(message.IsRefusal ? "refusal" : "notice")}" role="{(message.IsRefusal ? "alert" : "status")}">{(message.IsRefusal ? "Refused: " : "")}{message.Text}</p>""");
        }

        var (rollout, fleet, definition, problem) = await ApprovedRollout.CurrentAsync(sources.Store, sources.Clock, cancellationToken);
        if (rollout is null)
        {
            html.Add($"""<p class="refusal" id="no-definition">Nothing can be rolled out from here: {problem}.</p>""");
            return html.ToHtml();
        }

        var user = await sources.Store.FindUserAsync(reviewer.Name, cancellationToken);
        var status = await rollout.StatusAsync(migrationId, cancellationToken);
        html.Add($"""<p id="fleet-definition">Plant facts from fleet definition {definition!.Describe()}, approved by {definition.ApprovedBy}.</p>""");
        foreach (var recovered in status.Recovered)
        {
            html.Add($"<p class=\"notice\">Recovered: {recovered}</p>");
        }

        foreach (var wave in status.Waves)
        {
            html.Add($"""<section class="wave" id="wave-{wave.Wave.Name}"><h2>Wave {wave.Wave.Order + 1}: {wave.Wave.Name} <small>{WaveState(wave)}</small></h2>""");
            html.Add($"""<p class="gate">Gate before the next wave ({GateName(wave.Wave.Gate)}): <b>{(wave.Gate.Holds ? "holds" : "not yet")}</b>, {wave.Gate.Reason}</p>""");
            if (status.NextWave == wave)
            {
                html.Add(StartWave(fleet!, user, status, wave, migrationId, token));
            }

            html.Add($"<table class=\"list rollout\"><thead><tr><th>site</th><th>line</th><th>maintenance windows</th><th>owner</th><th>change</th><th>state</th><th>action</th></tr></thead><tbody>");
            foreach (var site in wave.Sites)
            {
                var change = wave.ChangeRequests.Where(c => c.SiteId == site.Id).MaxBy(c => c.Id);
                var windows = site.MaintenanceWindows.Count == 0 ? "none" : string.Join(", ", site.MaintenanceWindows);
                html.Add($"""<tr id="site-{site.Id}"><td>{site.Id}</td><td>{site.LineStatus.ToString().ToLowerInvariant()}</td><td>{windows}</td><td>{site.Owner ?? "-"}</td>""");
                if (change is null)
                {
                    html.Add($"<td>-</td><td>no change request</td><td></td></tr>");
                    continue;
                }

                html.Add($"<td>{Format.Link(change.Id)}</td><td>{Format.State(change.State)}</td><td>{Action(fleet!, user, wave, site, change, token)}</td></tr>");
            }

            html.Add($"</tbody></table></section>");
        }

        return html.ToHtml();
    }

    private static HtmlString StartWave(Fleet.Inventory.Fleet fleet, UserRecord? user, RolloutStatus status, WaveStatus wave, string migrationId, FormToken token)
    {
        if (status.CurrentWave is { Gate.Holds: false } current)
        {
            return HtmlBuilder.Of($"""<p class="waiting">Starts when wave {current.Wave.Name} passes its gate.</p>""");
        }

        var refusal = user is null ? "unknown user" : fleet.Rules.Refusal(RolloutAction.StartWave, user, wave.Sites, $"start wave {wave.Wave.Name}");
        return refusal is null
            ? HtmlBuilder.Of($"""<form method="post" action="/rollout/{migrationId}/next" class="rollout-action">{token.Hidden()}<button type="submit" id="start-{wave.Wave.Name}">Start wave {wave.Wave.Name}</button></form>""")
            : HtmlBuilder.Of($"""<p class="not-allowed">{refusal}</p>""");
    }

    private static HtmlString Action(Fleet.Inventory.Fleet fleet, UserRecord? user, WaveStatus wave, Site site, ChangeRequestRecord change, FormToken token)
    {
        var action = change.State switch
        {
            ChangeRequestState.Approved when wave.Started => RolloutAction.Deploy,
            ChangeRequestState.Deployed => RolloutAction.Rollback,
            _ => (RolloutAction?)null,
        };
        if (action is null)
        {
            return HtmlBuilder.Of($"""<span class="waiting">{(change.State == ChangeRequestState.Approved ? "waits for its wave to start" : "")}</span>""");
        }

        var verb = action == RolloutAction.Deploy ? "deploy" : "roll back";
        var refusal = user is null ? "unknown user" : fleet.Rules.Refusal(action.Value, user, [site], $"{verb} on {site.Id}");
        if (refusal is not null)
        {
            return HtmlBuilder.Of($"""<span class="not-allowed">{refusal}</span>""");
        }

        return action == RolloutAction.Deploy
            ? HtmlBuilder.Of($"""<form method="post" action="/rollout/cr/{change.Id}/deploy" class="rollout-action">{token.Hidden()}<button type="submit" id="deploy-{change.Id}">Deploy to {site.Id}</button></form>""")
            : HtmlBuilder.Of($"""<form method="post" action="/rollout/cr/{change.Id}/rollback" class="rollout-action">{token.Hidden()}<label for="rollback-reason-{change.Id}">What went wrong on the line</label><textarea id="rollback-reason-{change.Id}" name="reason" rows="2" required></textarea><button type="submit" id="rollback-{change.Id}">Roll back from {site.Id}</button></form>""");
    }

    private static string WaveState(WaveStatus wave) =>
        wave.Start is { } start ? $"started by {start.StartedBy} {Format.Time(start.StartedUtc)}" : "not started";

    private static string GateName(WaveGate gate) => gate switch
    {
        WaveGate.AllDeployed => "every approved change deployed, none rolled back",
        WaveGate.AllApproved => "every change approved",
        _ => "released by hand",
    };
}
