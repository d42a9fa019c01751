using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;
using SemanticCompilation = PlcFleet.StructuredText.Semantics.Compilation;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>
/// The durations a program waits for (TON/TOF/TP presets, feedback and run-out times), read from the duration
/// literals of its source. Random traces hold inputs for about these times, so timers expire and the states behind
/// them (run-out done, feedback fault, jam latched) get explored.
/// </summary>
public static class TimerPresets
{
    /// <summary>Longer waits than this are left out: a plant-level timeout would make every trace minutes long.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);

    public static IReadOnlyList<TimeSpan> Find(SemanticCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        return Find(compilation.Trees);
    }

    public static IReadOnlyList<TimeSpan> Find(IEnumerable<SyntaxTree> trees) =>
        trees.SelectMany(t => t.Root.DescendantTokens())
            .Where(t => t.Kind == SyntaxKind.DurationLiteralToken)
            .Select(t => LiteralParser.Parse(t.Text).Value)
            .OfType<DurationValue>()
            .Select(d => d.ToTimeSpan())
            .Where(d => d > TimeSpan.Zero && d <= Longest)
            .Distinct()
            .Order()
            .ToList();
}
