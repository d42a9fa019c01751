using System.Net;
using Markdig;

namespace PlcFleet.Fleet.Compliance;

/// <summary>
/// The compliance report as one self-contained HTML page (inline style, no scripts, no external resources), rendered
/// from the Markdown with raw HTML disabled, so text from reviewers or agents can never become markup.
/// </summary>
public static class ComplianceHtmlRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private const string Style = """
        body { font-family: system-ui, sans-serif; max-width: 70rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        th { background: #eee; }
        code { background: #f3f3f3; padding: 0 .2rem; }
        h3 { border-top: 1px solid #ccc; padding-top: 1rem; }
        """;

    public static string Render(ComplianceReport report)
    {
        var body = Markdown.ToHtml(ComplianceMarkdownRenderer.Render(report), Pipeline);
        var title = WebUtility.HtmlEncode($"Compliance report: {report.MigrationId}");
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{title}</title>
            <style>
            {Style}
            </style>
            </head>
            <body>
            {body}
            </body>
            </html>

            """;
    }
}
