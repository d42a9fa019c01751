using Microsoft.AspNetCore.Html;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Vendor;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Pages;

/// <summary>
/// One site's PLC code as its repository holds it: each file, and for vendor files (TcPOU, L5X, PLCopen XML, .EXP) the
/// objects the engineering tool shows (POUs, methods, routines, AOIs, tasks) and the ST of each, numbered in the
/// vendor file's own lines so a reviewer can find it in the tool.
/// </summary>
public static class SitePage
{
    public static HtmlString Render(Site site)
    {
        var html = new HtmlBuilder();
        html.Add($"""<dl class="facts"><dt>site</dt><dd>{site.Id} ({site.Name})</dd><dt>vendor</dt><dd>{site.Vendor}</dd><dt>repository</dt><dd><code>{site.Repository}</code></dd></dl>""");
        if (site.Repository.LocalPath is not { } root || !Directory.Exists(root))
        {
            html.Add($"<p class=\"empty\">The site's repository is not on this machine.</p>");
            return html.ToHtml();
        }

        var project = PlcProjectLoader.Load(root, root);
        html.Add($"<section id=\"files\"><h2>PLC files</h2><table class=\"list\"><thead><tr><th>file</th><th>format</th><th>lines</th></tr></thead><tbody>");
        foreach (var file in project.Files)
        {
            html.Add($"<tr><td><a href=\"#{Anchor(file.RelativePath)}\">{file.RelativePath}</a></td><td>{file.Vendor?.Format.ToString() ?? file.Dialect.ToString()}</td><td>{file.Syntax.Source.LineCount}</td></tr>");
        }

        html.Add($"</tbody></table></section>");
        foreach (var file in project.Files)
        {
            html.Add($"<section class=\"file\" id=\"{Anchor(file.RelativePath)}\"><h3 class=\"file-name\">{file.RelativePath}</h3>");
            if (file.Vendor is { } vendor)
            {
                html.Add(Objects(vendor));
                foreach (var section in StSection.Of(vendor))
                {
                    html.Add(Listing(section.Title, section.Lines, section.FileLines));
                }
            }
            else
            {
                var lines = file.Syntax.Source.Text.ReplaceLineEndings("\n").Split('\n');
                html.Add(Listing("ST", lines, [.. Enumerable.Range(1, lines.Length)]));
            }

            html.Add($"</section>");
        }

        return html.ToHtml();
    }

    private static HtmlString Objects(VendorDocument vendor)
    {
        var html = new HtmlBuilder();
        html.Add($"<table class=\"list objects\"><thead><tr><th>kind</th><th>name</th><th>line</th></tr></thead><tbody>");
        foreach (var item in vendor.Objects)
        {
            html.Add($"<tr><td>{item.Kind}</td><td>{item.Name}</td><td>{item.Position.Line}</td></tr>");
        }

        html.Add($"</tbody></table>");
        return html.ToHtml();
    }

    private static HtmlString Listing(string title, IReadOnlyList<string> lines, IReadOnlyList<int> fileLines)
    {
        var html = new HtmlBuilder();
        html.Add($"<details class=\"st\"><summary>{title}</summary><table class=\"diff\"><colgroup><col class=\"ln\"><col class=\"code\"></colgroup><tbody>");
        for (var i = 0; i < lines.Count; i++)
        {
            html.Add($"<tr><td class=\"ln\">{fileLines[i]}</td><td class=\"code same\">{lines[i]}</td></tr>");
        }

        html.Add($"</tbody></table></details>");
        return html.ToHtml();
    }

    private static string Anchor(string path) => "file-" + string.Concat(path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}
