using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Web.Auth;
using PlcFleet.Web.Charts;
using PlcFleet.Web.Diffs;
using PlcFleet.Web.Evidence;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Pages;

/// <summary>
/// One change request as the safety engineer decides on it: where its approval stands, the forms to approve or
/// reject, the side-by-side diff, the verification results, safety findings, the judge's verdict, the
/// equivalence waveform, and what the agent session cost.
/// </summary>
public static class ChangeRequestPage
{
    public static async Task<HtmlString> RenderAsync(
        DashboardSources sources, ChangeRequestRecord cr, Reviewer? reviewer, FormToken token, PageMessage? message, CancellationToken cancellationToken)
    {
        var evidence = ChangeRequestEvidence.Read(cr.EvidenceJson);
        var html = new HtmlBuilder();
        if (message is not null)
        {
            html.Add($"""<p class="{(message.IsRefusal ? "refusal" : "notice")}" role="{(message.IsRefusal ? "alert" : "status")}">{(message.IsRefusal ? "Refused: " : "")}{message.Text}</p>""");
        }

        html.Add($"""
            <dl class="facts">
            <dt>site</dt><dd>{cr.SiteId}</dd>
            <dt>migration</dt><dd>{cr.MigrationId}{(evidence.MigrationVersion == 0 ? "" : $" v{evidence.MigrationVersion}: {evidence.MigrationTitle}")}</dd>
            <dt>state</dt><dd id="cr-state">{Format.State(cr.State)}</dd>
            <dt>safety-related</dt><dd>{(evidence.NeedsSafetyEngineer ? "yes: a safety engineer must approve" : "no")}</dd>
            <dt>branch</dt><dd><code>{cr.Branch}</code> at <code>{Format.Commit(cr.CommitSha)}</code>{(evidence.BaseCommit.Length == 0 ? "" : $" from {Format.Commit(evidence.BaseCommit)}")}</dd>
            <dt>run</dt><dd>{cr.RunId}</dd>
            <dt>created</dt><dd>{Format.Time(cr.CreatedUtc)}</dd>
            </dl>
            """);

        html.Add(await ReviewSectionAsync(sources, cr, reviewer, token, cancellationToken));
        html.Add($"<section id=\"diff\"><h2>Diff</h2>{SideBySideDiffView.Render(cr.Diff)}</section>");
        if (evidence.StDiff.Length > 0)
        {
            html.Add($"<section id=\"st-diff\"><h2>ST changes</h2><p class=\"hint\">The ST inside the vendor files, per object; line numbers are the vendor file's. The diff above is the record.</p>{SideBySideDiffView.Render(evidence.StDiff)}</section>");
        }

        html.Add(Verification(evidence));
        html.Add(SafetyFindings(evidence));
        html.Add(Judge(evidence));
        html.Add(Equivalence(cr.EvidenceJson));
        if (evidence.Agent.Length > 0)
        {
            html.Add($"""<section id="session"><h2>Agent session</h2><p>{evidence.Agent}, {evidence.Attempts} attempt(s), {evidence.InputTokens} input + {evidence.OutputTokens} output tokens, cost {evidence.EstimatedCost.ToString("0.0000", CultureInfo.InvariantCulture)}; agent {evidence.AgentMs:0} ms, verification {evidence.VerificationMs:0} ms.</p></section>""");
        }

        return html.ToHtml();
    }

    private static async Task<HtmlString> ReviewSectionAsync(DashboardSources sources, ChangeRequestRecord cr, Reviewer? reviewer, FormToken token, CancellationToken cancellationToken)
    {
        // Evaluate, not Check: showing a page must not write to the store; voiding happens on the next review action.
        var status = await sources.Reviews().EvaluateAsync(cr, cancellationToken);
        var reviews = await sources.Store.ListReviewsAsync(cr.Id, cancellationToken);
        var html = new HtmlBuilder();
        html.Add($"""<section id="review"><h2>Review</h2><p id="approval-status">{(status.IsApproved ? "Approved: ready to deploy." : status.Missing.Length > 0 ? Capitalise(status.Missing) + "." : "Not approved.")} {status.ValidApprovals.Count} of {status.RequiredApprovals} approval(s) at the verified commit.</p>""");
        if (reviews.Count > 0)
        {
            html.Add($"<table class=\"list\" id=\"reviews\"><thead><tr><th>who</th><th>verdict</th><th>commit</th><th>comment</th><th>when</th></tr></thead><tbody>");
            foreach (var review in reviews)
            {
                var isVoid = status.VoidApprovals.Any(v => v.Id == review.Id);
                html.Add($"""<tr><td>{review.UserName}</td><td>{review.Verdict.ToString().ToLowerInvariant()}{(isVoid ? " (void)" : "")}</td><td><code>{Format.Commit(review.CommitSha)}</code></td><td>{review.Comment}</td><td>{Format.Time(review.CreatedUtc)}</td></tr>""");
            }

            html.Add($"</tbody></table>");
        }

        var open = cr.State is ChangeRequestState.Open or ChangeRequestState.Approved;
        if (reviewer is null)
        {
            html.Add($"<p><a href=\"/signin?returnUrl=/cr/{cr.Id}\">Sign in</a> to review.</p>");
        }
        else if (open)
        {
            if (reviewer.MayApprove && cr.State == ChangeRequestState.Open)
            {
                html.Add($"""<form method="post" action="/cr/{cr.Id}/approve" class="verdict">{token.Hidden()}<label for="approve-comment">What you checked</label><textarea id="approve-comment" name="comment" rows="2"></textarea><button type="submit" id="approve">Approve {ChangeRequestName.Of(cr.Id)}</button></form>""");
            }
            else if (!reviewer.MayApprove)
            {
                html.Add($"<p class=\"hint\">{reviewer.Name} is {reviewer.RoleText}: only engineers and safety engineers approve changes.</p>");
            }

            html.Add($"""<form method="post" action="/cr/{cr.Id}/reject" class="verdict">{token.Hidden()}<label for="reject-reason">Why it is rejected (goes back to the migration's author)</label><textarea id="reject-reason" name="comment" rows="2"></textarea><button type="submit" id="reject">Reject {ChangeRequestName.Of(cr.Id)}</button></form>""");
        }

        html.Add($"</section>");
        return html.ToHtml();
    }

    private static HtmlString Verification(ChangeRequestEvidence evidence)
    {
        var html = new HtmlBuilder();
        html.Add($"<section id=\"verification\"><h2>Verification</h2>");
        if (evidence.Verification is not { ValueKind: JsonValueKind.Object } report || !report.TryGetProperty("verifiers", out var verifiers))
        {
            html.Add($"<p>{(evidence.VerificationSummary.Length > 0 ? evidence.VerificationSummary : "No verification report was recorded with this change request.")}</p></section>");
            return html.ToHtml();
        }

        html.Add($"<p>Outcome: <b>{evidence.VerificationOutcome}</b></p><table class=\"list\"><thead><tr><th>verifier</th><th>outcome</th><th>findings</th><th>time</th></tr></thead><tbody>");
        foreach (var verifier in verifiers.EnumerateArray())
        {
            var findings = verifier.TryGetProperty("findings", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
            html.Add($"<tr><td>{Text(verifier, "name")}</td><td class=\"outcome-{Text(verifier, "outcome")}\">{Text(verifier, "outcome")}</td><td>");
            foreach (var finding in findings)
            {
                var line = Text(finding, "line");
                html.Add($"<div class=\"finding\">{Text(finding, "severity")} {Text(finding, "ruleId")} {Text(finding, "file")}{(line is "" or "0" ? "" : ":" + line)}: {Text(finding, "message")}</div>");
            }

            html.Add($"{(findings.Count == 0 ? "none" : "")}</td><td>{Text(verifier, "durationMs")} ms</td></tr>");
        }

        html.Add($"</tbody></table></section>");
        return html.ToHtml();
    }

    private static HtmlString SafetyFindings(ChangeRequestEvidence evidence)
    {
        if (evidence.SafetyFindings.Count == 0)
        {
            return HtmlBuilder.Of($"<section id=\"safety\"><h2>Safety findings</h2><p>None.</p></section>");
        }

        return HtmlBuilder.Of($"<section id=\"safety\"><h2>Safety findings</h2><ul class=\"findings\">{HtmlBuilder.Join(evidence.SafetyFindings.Select(f => HtmlBuilder.Of($"<li>{f}</li>")))}</ul></section>");
    }

    private static HtmlString Judge(ChangeRequestEvidence evidence)
    {
        var decision = evidence.JudgeDecision;
        if (decision is null)
        {
            return HtmlBuilder.Of($"<section id=\"judge\"><h2>Judge verdict</h2><p>No judge ran (no LLM configured for this run).</p></section>");
        }

        var reasons = evidence.JudgeReasons;
        return HtmlBuilder.Of($"<section id=\"judge\"><h2>Judge verdict</h2><p><b>{decision}</b></p>{(reasons.Count == 0 ? HtmlString.Empty : HtmlBuilder.Of($"<ul>{HtmlBuilder.Join(reasons.Select(r => HtmlBuilder.Of($"<li>{r}</li>")))}</ul>"))}</section>");
    }

    private static HtmlString Equivalence(string evidenceJson)
    {
        var trace = EquivalenceTrace.TryRead(evidenceJson);
        if (trace is null)
        {
            return HtmlBuilder.Of($"<section id=\"equivalence\"><h2>Equivalence evidence</h2><p>No equivalence trace is stored with this change request, so there is no waveform to show.</p></section>");
        }

        return HtmlBuilder.Of($"<section id=\"equivalence\"><h2>Equivalence evidence</h2><p>{trace.Summary}</p>{WaveformChart.Render(trace)}</section>");
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText() : "";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
