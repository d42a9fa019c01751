using System.Globalization;
using Microsoft.AspNetCore.Html;
using PlcFleet.Fleet.Burndown;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Charts;

/// <summary>
/// The burndown as inline SVG on a time axis: stacked bands of sites per stage, each event's counts drawn from its time
/// to the next event's, and a narrow last column for now (the store's state). Outcomes sit at the bottom, so the
/// bands above them are the work still to do; every column's stages add up to the sites counted then.
/// </summary>
public static class BurndownChart
{
    private const double Width = 720;
    private const double Height = 220;
    private const double Left = 36;
    private const double Right = 8;
    private const double Bottom = 24;
    private const double Top = 8;
    private const double NowWidth = 14;

    private static readonly SiteStage[] Order =
    [
        SiteStage.Deployed, SiteStage.NoChange, SiteStage.Skipped, SiteStage.Failed, SiteStage.Stopped, SiteStage.Rejected,
        SiteStage.RolledBack, SiteStage.Approved, SiteStage.InReview, SiteStage.InProgress, SiteStage.Pending,
    ];

    public static HtmlString Render(MigrationBurndown burndown)
    {
        var points = burndown.Points;
        var total = Math.Max(1, points.Max(p => p.Total));
        var timeWidth = Width - Left - Right - NowWidth;
        var plotHeight = Height - Top - Bottom;
        var start = points[0].Time;
        var end = points[^1].Time;
        var span = Math.Max((end - start).TotalSeconds, 1);
        double X(DateTimeOffset time) => Left + (Math.Clamp((time - start).TotalSeconds, 0, span) / span * timeWidth);
        double Y(double sites) => Top + plotHeight - (sites / total * plotHeight);

        // Column i holds point i's counts from its time to the next point's; the last (now) is the narrow column.
        var columns = points.Select((p, i) => i < points.Count - 1 ? (From: X(p.Time), To: X(points[i + 1].Time)) : (From: Left + timeWidth, To: Width - Right)).ToList();

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
                var (x1, x2) = columns[i];
                var top = below[i] + points[i].Count(stage);
                upper.Add($"{Num(x1)},{Num(Y(top))} {Num(x2)},{Num(Y(top))}");
                lower.Insert(0, $"{Num(x2)},{Num(Y(below[i]))} {Num(x1)},{Num(Y(below[i]))}");
                below[i] = top;
            }

            svg.Add($"""<polygon class="band {SiteStages.CssClass(stage)}" points="{string.Join(' ', upper.Concat(lower))}"><title>{SiteStages.Label(stage)}</title></polygon>""");
        }

        for (var sites = 0; sites <= total; sites += Math.Max(1, total / 4))
        {
            svg.Add($"""<line class="grid" x1="{Left}" x2="{Num(Width - Right)}" y1="{Num(Y(sites))}" y2="{Num(Y(sites))}"/><text class="axis" x="{Num(Left - 4)}" y="{Num(Y(sites) + 4)}" text-anchor="end">{sites}</text>""");
        }

        svg.Add($"""<text class="axis time" x="{Left}" y="{Num(Height - 6)}">{Time(start)}</text>""");
        svg.Add($"""<text class="axis time" x="{Num(Left + (timeWidth / 2))}" y="{Num(Height - 6)}" text-anchor="middle">{Time(start + ((end - start) / 2))}</text>""");
        svg.Add($"""<text class="axis time" x="{Num(Width - Right)}" y="{Num(Height - 6)}" text-anchor="end">now {Time(end)}</text>""");
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

        legend.Add($"""<li class="remaining">still to do: <b>{burndown.Now.Remaining}</b> of {burndown.Now.Total} sites</li></ul>""");
        return legend.ToHtml();
    }

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    private static string Num(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
