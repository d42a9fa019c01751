using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// How far the virtual clock moves per scan in the differential check: the PLC's own cycle, and for every TIME literal
/// in the old or new code (a timer preset, a monitoring time) one millisecond less, exactly, and one millisecond more.
/// A trace switches between these steps, so a T#8H maintenance timer expires in one scan of 8 h + 1 ms while a
/// T#500MS discrepancy timer next to it is still seen at 499 ms, 500 ms and 501 ms: one long timer cannot hide a short one.
/// </summary>
public sealed class TimeSteps
{
    /// <summary>A site with more distinct times than this keeps the shortest (the ones a coarse step would hide).</summary>
    private const int MaxPresets = 48;

    private TimeSteps(TimeSpan cycle, IReadOnlyList<TimeSpan> presets)
    {
        Cycle = cycle;
        Presets = presets;
        Steps = presets.SelectMany(p => new[] { p - TimeSpan.FromMilliseconds(1), p, p + TimeSpan.FromMilliseconds(1) })
            .Where(s => s > TimeSpan.Zero).Prepend(cycle).Distinct().Order().ToList();
    }

    /// <summary>The PLC's scan cycle: the step of every scan a trace does not say otherwise for.</summary>
    public TimeSpan Cycle { get; }

    /// <summary>The distinct TIME literals of both versions.</summary>
    public IReadOnlyList<TimeSpan> Presets { get; }

    /// <summary>The cycle, and each preset -1 ms, exactly, +1 ms.</summary>
    public IReadOnlyList<TimeSpan> Steps { get; }

    public static TimeSteps Of(TimeSpan plcCycle, params SiteAnalysis[] sites)
    {
        var presets = new HashSet<TimeSpan>();
        foreach (var token in sites.SelectMany(s => s.Model.Project.Files).SelectMany(f => f.Syntax.Root.DescendantTokens()))
        {
            if (token.Kind == SyntaxKind.DurationLiteralToken && LiteralParser.Parse(token.Text).Value is DurationValue duration)
            {
                presets.Add(duration.ToTimeSpan());
            }
        }

        return Of(plcCycle, presets);
    }

    public static TimeSteps Of(TimeSpan plcCycle, IEnumerable<TimeSpan> presets) =>
        new(plcCycle, presets.Where(p => p > TimeSpan.Zero).Distinct().Order().Take(MaxPresets).ToList());
}
