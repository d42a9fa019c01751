using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;
using SemanticCompilation = PlcFleet.StructuredText.Semantics.Compilation;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>
/// The numbers a program's source compares against and computes with (limits, recipe numbers, thresholds), each with
/// its neighbours: a changed boundary (&gt; into &gt;=, 100 into 101) shows only at, just below or just above the
/// literal, which uniform random values essentially never hit.
/// </summary>
public static class ProbeValues
{
    /// <summary>More than this many distinct literals are not all used: the smallest magnitudes are kept.</summary>
    public const int MaxLiterals = 200;

    public static IReadOnlyList<double> Find(SemanticCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        return Find(compilation.Trees);
    }

    public static IReadOnlyList<double> Find(IEnumerable<SyntaxTree> trees)
    {
        var literals = trees.SelectMany(t => t.Root.DescendantTokens())
            .Where(t => t.Kind is SyntaxKind.IntegerLiteralToken or SyntaxKind.RealLiteralToken)
            .Select(t => LiteralParser.Parse(t.Text).Value)
            .Select(v => v switch
            {
                IntegerValue i => (double?)(double)i.Value,
                RealValue r => r.Value,
                _ => null,
            })
            .OfType<double>()
            .Distinct()
            .OrderBy(Math.Abs)
            .Take(MaxLiterals);
        return literals.SelectMany(Around).Distinct().Order().ToList();
    }

    /// <summary>The literal, one either side for whole numbers, a hundredth either side for fractions; and the negated value.</summary>
    private static IEnumerable<double> Around(double literal)
    {
        var step = literal == Math.Floor(literal) ? 1.0 : 0.01;
        return [literal - step, literal, literal + step, -literal];
    }
}
