using Microsoft.AspNetCore.Html;
using PlcFleet.Fleet.Audit;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Pages;

/// <summary>
/// The audit trail, newest first, under the result of re-computing the whole hash chain: an auditor sees at once
/// whether any record was edited, removed or reordered, and which.
/// </summary>
public static class AuditPage
{
    public static async Task<HtmlString> RenderAsync(DashboardSources sources, string? subject, CancellationToken cancellationToken)
    {
        var audit = sources.Store.Audit;
        var verification = await audit.VerifyAsync(cancellationToken);
        var records = await audit.ReadAllAsync(cancellationToken);
        var problems = verification.Problems.ToLookup(p => p.Sequence);
        var html = new HtmlBuilder();
        if (verification.IsValid)
        {
            html.Add($"""<p class="chain ok" id="chain-status">Hash chain intact: {verification.RecordCount} records, head <code>{Head(verification.HeadHash)}</code>.</p>""");
        }
        else
        {
            html.Add($"""<div class="chain broken" id="chain-status" role="alert"><p>Hash chain BROKEN: {verification.Problems.Count} problem(s).</p><ul>{HtmlBuilder.Join(verification.Problems.Select(p => HtmlBuilder.Of($"<li>{p.Kind.ToString().ToLowerInvariant()}: {p.Message}</li>")))}</ul></div>""");
        }

        var shown = records.Where(r => subject is null || r.Subject == subject || r.Subject.EndsWith("/" + subject, StringComparison.Ordinal)).Reverse().ToList();
        html.Add($"""<form method="get" action="/audit" class="filter"><label for="subject">Subject</label> <input id="subject" name="subject" value="{subject ?? ""}" placeholder="cr-1 or run-id/site-id"> <button type="submit">Filter</button></form>""");
        html.Add($"<table class=\"list audit\" id=\"audit-records\"><thead><tr><th>#</th><th>time</th><th>actor</th><th>action</th><th>subject</th><th>details</th><th>hash</th></tr></thead><tbody>");
        foreach (var record in shown)
        {
            var flagged = problems[record.Sequence].Any();
            html.Add($"""<tr id="record-{record.Sequence}"{(flagged ? HtmlBuilder.Of($" class=\"tampered\"") : HtmlString.Empty)}><td>{record.Sequence}</td><td>{Format.Time(record.TimeUtc)}</td><td>{record.Actor}</td><td>{record.Action}</td><td>{SubjectLink(record)}</td><td>{AuditDetails.Render(record.DetailsJson)}</td><td><code title="{record.Hash}">{Head(record.Hash)}</code></td></tr>""");
        }

        html.Add($"</tbody></table>");
        if (shown.Count == 0)
        {
            html.Add($"<p class=\"empty\">No records{(subject is null ? "" : " for " + subject)}.</p>");
        }

        return html.ToHtml();
    }

    private static HtmlString SubjectLink(AuditRecord record) =>
        record.Subject.StartsWith("cr-", StringComparison.Ordinal) && long.TryParse(record.Subject[3..], out var id)
            ? HtmlBuilder.Of($"<a href=\"/cr/{id}\">{record.Subject}</a>")
            : HtmlBuilder.Of($"{record.Subject}");

    private static string Head(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
