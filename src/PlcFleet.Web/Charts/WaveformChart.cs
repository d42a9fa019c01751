using System.Globalization;
using Microsoft.AspNetCore.Html;
using PlcFleet.Web.Evidence;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Charts;

/// <summary>
/// A logic-analyser view of an equivalence trace as inline SVG: one lane per signal, BOOL signals as high/low
/// lines, numbers as a step line scaled to the lane, anything else as a bus with the value written at each change.
/// The first diverging scan is marked, because that is where the reviewer should look.
/// </summary>
public static class WaveformChart
{
    private const double LabelWidth = 170;
    private const double LaneHeight = 34;
    private const double Width = 900;
    private const double Top = 8;

    public static HtmlString Render(EquivalenceTrace trace)
    {
        var plotWidth = Width - LabelWidth - 10;
        var step = plotWidth / trace.Rows.Count;
        var height = Top + (trace.Signals.Count * LaneHeight) + 22;
        var svg = new HtmlBuilder();
        svg.Add($"""<svg class="waveform" role="img" aria-label="waveform of the equivalence trace" viewBox="0 0 {Width} {height}" width="{Width}" height="{height}" xmlns="http://www.w3.org/2000/svg">""");
        for (var s = 0; s < trace.Signals.Count; s++)
        {
            var laneTop = Top + (s * LaneHeight);
            var high = laneTop + 6;
            var low = laneTop + LaneHeight - 8;
            svg.Add($"""<text class="signal" x="4" y="{Num(low)}">{trace.Signals[s]}</text>""");
            svg.Add($"""<line class="lane" x1="{LabelWidth}" x2="{Num(Width - 10)}" y1="{Num(laneTop + LaneHeight - 2)}" y2="{Num(laneTop + LaneHeight - 2)}"/>""");
            var values = trace.Rows.Select(r => r.ValueAt(s)).ToList();
            if (values.All(IsBool))
            {
                svg.Add($"""<polyline class="wave bool" points="{Points(values.Select(v => v.Equals("TRUE", StringComparison.OrdinalIgnoreCase) ? high : low).ToList(), step)}"/>""");
            }
            else if (values.All(IsNumber))
            {
                var numbers = values.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
                var (min, max) = (numbers.Min(), numbers.Max());
                var span = max - min;
                svg.Add($"""<polyline class="wave number" points="{Points(numbers.Select(n => span == 0 ? (high + low) / 2 : low - ((n - min) / span * (low - high))).ToList(), step)}"/>""");
                svg.Add($"""<text class="range" x="{Num(Width - 12)}" y="{Num(high + 4)}" text-anchor="end">{Num(min)}…{Num(max)}</text>""");
            }
            else
            {
                svg.Add(Bus(values, step, high, low));
            }
        }

        if (trace.DivergenceCycle is { } cycle && trace.Rows.ToList().FindIndex(r => r.Cycle == cycle) is var index and >= 0)
        {
            var x = LabelWidth + (index * step);
            svg.Add($"""<line class="divergence" x1="{Num(x)}" x2="{Num(x)}" y1="{Top}" y2="{Num(height - 18)}"/><text class="divergence" x="{Num(x + 3)}" y="{Num(height - 6)}">diverges at cycle {cycle}</text>""");
        }

        svg.Add($"""<text class="axis" x="{LabelWidth}" y="{Num(height - 6)}">cycle {trace.Rows[0].Cycle} ({Num(trace.Rows[0].TimeMs)} ms)</text>""");
        svg.Add($"""<text class="axis" x="{Num(Width - 10)}" y="{Num(height - 6)}" text-anchor="end">cycle {trace.Rows[^1].Cycle} ({Num(trace.Rows[^1].TimeMs)} ms)</text>""");
        svg.Add($"</svg>");
        return svg.ToHtml();
    }

    private static HtmlString Bus(List<string> values, double step, double high, double low)
    {
        var bus = new HtmlBuilder();
        var start = 0;
        for (var i = 1; i <= values.Count; i++)
        {
            if (i < values.Count && values[i] == values[start])
            {
                continue;
            }

            var x1 = LabelWidth + (start * step);
            var x2 = LabelWidth + (i * step);
            bus.Add($"""<polygon class="wave bus" points="{Num(x1)},{Num((high + low) / 2)} {Num(x1 + 3)},{Num(high)} {Num(x2 - 3)},{Num(high)} {Num(x2)},{Num((high + low) / 2)} {Num(x2 - 3)},{Num(low)} {Num(x1 + 3)},{Num(low)}"/>""");
            if (x2 - x1 > 24)
            {
                bus.Add($"""<text class="bus-value" x="{Num(x1 + 5)}" y="{Num(low - 4)}">{values[start]}</text>""");
            }

            start = i;
        }

        return bus.ToHtml();
    }

    private static string Points(List<double> levels, double step)
    {
        var points = new List<string>();
        for (var i = 0; i < levels.Count; i++)
        {
            var x = LabelWidth + (i * step);
            if (i > 0 && levels[i] != levels[i - 1])
            {
                points.Add($"{Num(x)},{Num(levels[i - 1])}");
            }

            points.Add($"{Num(x)},{Num(levels[i])}");
        }

        points.Add($"{Num(LabelWidth + (levels.Count * step))},{Num(levels[^1])}");
        return string.Join(' ', points);
    }

    private static bool IsBool(string value) => value.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || value.Equals("FALSE", StringComparison.OrdinalIgnoreCase);

    private static bool IsNumber(string value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Num(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
