using System.Globalization;
using Microsoft.AspNetCore.Html;
using PlcFleet.Fleet.Burndown;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Charts;

/// <summary>
/// The burndown as inline SVG: stacked bands of sites per stage, one step per recorded event (a run finishes in
/// seconds and reviews take days, so a time axis would squash the run into a line; the axis names the first and
/// last time instead). Done stages sit at the bottom, so the band above them is the work still to do.
/// </summary>
public static class BurndownChart
{
    private const double Width = 720;
    private const double Height = 220;
    private const double Left = 36;
    private const double Bottom = 24;
    private const double Top = 8;

    private static readonly SiteStage[] Order =
    [
        SiteStage.Deployed, SiteStage.NoChange, SiteStage.Skipped, SiteStage.Approved, SiteStage.InReview,
        SiteStage.InProgress, SiteStage.Pending, SiteStage.Rejected, SiteStage.Stopped, SiteStage.RolledBack,
    ];

    public static HtmlString Render(MigrationBurndown burndown)
    {
        var points = burndown.Points;
        var total = Math.Max(1, points.Max(p => p.Sites.Values.Sum()));
        var plotWidth = Width - Left - 8;
        var plotHeight = Height - Top - Bottom;
        var step = plotWidth / points.Count;
        double Y(double sites) => Top + plotHeight - (sites / total * plotHeight);

        var svg = new HtmlBuilder();
        svg.Add($"""<svg class="burndown" role="img" aria-label="sites by stage over time for {burndown.MigrationId}" viewBox="0 0 {Width} {Height}" width="{Width}" height="{Height}" xmlns="http://www.w3.org/2000/svg">""");
        var below = new double[points.Count];
        foreach (var stage in Order)
        {
            if (points.All(p => p.Count(stage) == 0))
            {
                continue;
            }

            var upper = new List<string>();
            var lower = new List<string>();
            for (var i = 0; i < points.Count; i++)
            {
                var x1 = Left + (i * step);
                var x2 = x1 + step;
                var top = below[i] + points[i].Count(stage);
                upper.Add($"{Num(x1)},{Num(Y(top))} {Num(x2)},{Num(Y(top))}");
                lower.Insert(0, $"{Num(x2)},{Num(Y(below[i]))} {Num(x1)},{Num(Y(below[i]))}");
                below[i] = top;
            }

            svg.Add($"""<polygon class="band {SiteStages.CssClass(stage)}" points="{string.Join(' ', upper.Concat(lower))}"><title>{SiteStages.Label(stage)}</title></polygon>""");
        }

        for (var sites = 0; sites <= total; sites += Math.Max(1, total / 4))
        {
            svg.Add($"""<line class="grid" x1="{Left}" x2="{Num(Width - 8)}" y1="{Num(Y(sites))}" y2="{Num(Y(sites))}"/><text class="axis" x="{Num(Left - 4)}" y="{Num(Y(sites) + 4)}" text-anchor="end">{sites}</text>""");
        }

        svg.Add($"""<text class="axis" x="{Left}" y="{Num(Height - 6)}">{points[0].Time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</text>""");
        svg.Add($"""<text class="axis" x="{Num(Width - 8)}" y="{Num(Height - 6)}" text-anchor="end">now ({points.Count - 1} events)</text>""");
        svg.Add($"</svg>");
        return svg.ToHtml();
    }

    /// <summary>The legend doubles as the current count per stage, readable without the chart.</summary>
    public static HtmlString Legend(MigrationBurndown burndown)
    {
        var legend = new HtmlBuilder();
        legend.Add($"<ul class=\"legend\">");
        foreach (var stage in Order.Where(s => burndown.Now.Count(s) > 0))
        {
            legend.Add($"""<li><span class="swatch {SiteStages.CssClass(stage)}"></span>{SiteStages.Label(stage)}: <b>{burndown.Now.Count(stage)}</b></li>""");
        }

        legend.Add($"""<li class="remaining">still to do: <b>{burndown.Now.Remaining}</b></li></ul>""");
        return legend.ToHtml();
    }

    private static string Num(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
